-- What the clinician's cancer test request says about the sample to come: its type, the tumour
-- cellularity estimated by pathology, and whether a blood sample for germline comparison will be
-- sent with it (tumour-normal analysis). Cases opened before have none of them (NULL).
ALTER TABLE cancer_case
  ADD COLUMN sample_type          text CHECK (sample_type IN
                                    ('FFPE', 'FRESH_FROZEN', 'PLASMA_CTDNA', 'BONE_MARROW')),
  ADD COLUMN cellularity_percent  int  CHECK (cellularity_percent BETWEEN 0 AND 100),
  ADD COLUMN paired_germline      boolean;
