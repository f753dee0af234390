-- Family links between patients (the record feature), for trios and cascade testing: the
-- relative is the patient's mother, father, sibling, child or other relative. One row per pair as
-- recorded; the reverse link is read from the same row.
CREATE TABLE patient_relative (
  patient_nhs_number   char(10)    NOT NULL REFERENCES patient (nhs_number),
  relative_nhs_number  char(10)    NOT NULL REFERENCES patient (nhs_number),
  relationship         text        NOT NULL
    CHECK (relationship IN ('MOTHER', 'FATHER', 'SIBLING', 'CHILD', 'OTHER')),
  source               text        NOT NULL,
  recorded_by          text        NOT NULL,
  recorded_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (patient_nhs_number, relative_nhs_number),
  CHECK (patient_nhs_number <> relative_nhs_number)
);
CREATE INDEX patient_relative_reverse ON patient_relative (relative_nhs_number);
