-- Optional equity-monitoring fields of the patient (the record feature): the ethnic category as
-- the NHS Data Dictionary codes it (A to S, Z not stated, 99 not known) and the deprivation decile
-- of where they live (English Indices of Deprivation 2019, 1 most deprived to 10 least). Null: not
-- recorded. Changes are audited (audit_event, action "update").
ALTER TABLE patient
  ADD COLUMN ethnic_category text CHECK (ethnic_category IN
    ('A','B','C','D','E','F','G','H','J','K','L','M','N','P','R','S','Z','99')),
  ADD COLUMN imd_decile smallint CHECK (imd_decile BETWEEN 1 AND 10),
  ADD COLUMN equity_changed bigint;
-- Which patients' fields changed, in order (the insights feature re-reads their orders).
CREATE SEQUENCE patient_equity_change;
CREATE INDEX patient_equity_changed ON patient (equity_changed) WHERE equity_changed IS NOT NULL;
