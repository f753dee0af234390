-- Targeted therapies started for a cancer case's actionable findings (recorded by the clinician),
-- so that access to precision medicines can be counted.
CREATE TABLE targeted_therapy (
  id           bigserial   PRIMARY KEY,
  case_id      bigint      NOT NULL REFERENCES cancer_case (id),
  finding_key  text        NOT NULL,
  therapy      text        NOT NULL,
  started_on   date        NOT NULL,
  recorded_by  text        NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX targeted_therapy_case ON targeted_therapy (case_id, id);
