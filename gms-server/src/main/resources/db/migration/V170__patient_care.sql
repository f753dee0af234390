-- Explicit care relationships (the record feature): the organisations that look after a patient
-- besides those with a test order for them. An organisation whose user registers a patient cares
-- for them; the platform may record others (demo data). Who may see a patient: docs/security.md.
CREATE TABLE patient_care (
  nhs_number    char(10)    NOT NULL REFERENCES patient (nhs_number),
  organisation  text        NOT NULL,
  reason        text        NOT NULL,
  recorded_by   text        NOT NULL,
  recorded_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (nhs_number, organisation)
);
CREATE INDEX patient_care_organisation ON patient_care (organisation, nhs_number);

-- Patients registered before: the registering user's organisation cares for them (patients the
-- platform registered itself, such as demo patients, have no registering organisation).
INSERT INTO patient_care (nhs_number, organisation, reason, recorded_by, recorded_at)
SELECT p.nhs_number, a.organisation, 'registered the patient', p.created_by, p.created_at
FROM patient p JOIN account a ON a.username = p.created_by
ON CONFLICT DO NOTHING;

-- The ordering feature answers "has this organisation an order for this patient?" per request.
CREATE INDEX IF NOT EXISTS test_order_patient ON test_order (patient_nhs_number);
CREATE INDEX IF NOT EXISTS test_order_family_member_patient
  ON test_order_family_member (nhs_number);
