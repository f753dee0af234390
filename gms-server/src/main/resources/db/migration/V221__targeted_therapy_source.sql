-- How a targeted therapy came to be recorded: by the clinician through the API or as a FHIR R4
-- MedicationStatement; the statement's status and its medication coding (system and code, e.g.
-- dm+d or RxNorm) are kept so the therapy is given back as it was stated.
ALTER TABLE targeted_therapy
  ADD COLUMN source             text NOT NULL DEFAULT 'CLINICIAN'
                                  CHECK (source IN ('CLINICIAN', 'FHIR')),
  ADD COLUMN status             text NOT NULL DEFAULT 'active'
                                  CHECK (status IN ('active', 'completed', 'stopped', 'on-hold')),
  ADD COLUMN medication_system  text,
  ADD COLUMN medication_code    text;
