-- Patients (the record feature). The NHS number is the patient's identity in the service; it is
-- checked (modulus 11) before it gets here, and is unique.
CREATE TABLE patient (
  id             bigserial PRIMARY KEY,
  nhs_number     char(10)    NOT NULL UNIQUE,
  name           text        NOT NULL,
  date_of_birth  date        NOT NULL,
  sex            text        NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  created_by     text        NOT NULL,
  CHECK (nhs_number ~ '^[0-9]{10}$'),
  CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN'))
);

-- Pharmacogenomic results: one row per analysis; a patient's latest is the current one, earlier
-- ones are kept. The full report (as ./gms pgx writes it) is kept too, for what the columns omit.
CREATE TABLE pgx_result (
  id             bigserial PRIMARY KEY,
  patient_id     bigint      NOT NULL REFERENCES patient (id),
  recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  recorded_by    text        NOT NULL,
  sample         text        NOT NULL,
  input          text,
  data_versions  jsonb       NOT NULL,
  messages       jsonb       NOT NULL,
  report         jsonb       NOT NULL
);
CREATE INDEX pgx_result_latest ON pgx_result (patient_id, recorded_at DESC, id DESC);

-- Per gene: the call, the phenotype and what limits it.
CREATE TABLE pgx_gene_result (
  result_id          bigint  NOT NULL REFERENCES pgx_result (id),
  gene               text    NOT NULL,
  callable           boolean NOT NULL,
  status             text    NOT NULL,
  reason             text,
  diplotypes         jsonb   NOT NULL,
  phenotype          text,
  activity_score     text,
  missing_positions  jsonb   NOT NULL,
  PRIMARY KEY (result_id, gene)
);

-- The CPIC and DPWG recommendations that apply to the result, by drug (decision support looks
-- them up by drug at prescribing).
CREATE TABLE pgx_recommendation (
  result_id          bigint  NOT NULL REFERENCES pgx_result (id),
  ordinal            int     NOT NULL,
  drug               text    NOT NULL,
  source             text    NOT NULL,
  genes              jsonb   NOT NULL,
  population         text,
  recommendation     text    NOT NULL,
  strength           text,
  implications       jsonb   NOT NULL,
  phenotypes         jsonb   NOT NULL,
  diplotypes         jsonb   NOT NULL,
  guideline          text,
  guideline_id       text,
  recommendation_id  text,
  url                text,
  dosing             boolean NOT NULL,
  alternate_drug     boolean NOT NULL,
  other_guidance     boolean NOT NULL,
  PRIMARY KEY (result_id, ordinal)
);
CREATE INDEX pgx_recommendation_drug ON pgx_recommendation (result_id, drug);
