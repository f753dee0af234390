-- Receptor statuses of a cancer case (ER, PR, HER2) as pathology reported them, recorded by the
-- clinician; every recording is kept, the latest per case stands. Trial matching reads them
-- (CTML er_status, pr_status, her2_status). NULL: not known.
CREATE TABLE cancer_receptor_status (
  id           bigserial   PRIMARY KEY,
  case_id      bigint      NOT NULL REFERENCES cancer_case (id),
  er_status    text        CHECK (er_status IN ('positive', 'negative', 'equivocal')),
  pr_status    text        CHECK (pr_status IN ('positive', 'negative', 'equivocal')),
  her2_status  text        CHECK (her2_status IN ('positive', 'negative', 'equivocal')),
  recorded_by  text        NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX cancer_receptor_status_case ON cancer_receptor_status (case_id, id);
