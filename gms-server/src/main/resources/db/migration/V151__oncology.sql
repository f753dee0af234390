-- Cancer cases (the oncology feature). A case is the tumour side of one test order of the cancer
-- directory: tumour type (OncoTree), histology, site and stage; its samples with their type and
-- tumour cellularity; somatic analysis runs (a durable queue as analysis_run: claimed with a lease,
-- taken up again when the lease runs out); the tumour board's decisions, kept as a history; and
-- the authorised reports.
CREATE TABLE cancer_case (
  id             bigserial   PRIMARY KEY,
  order_id       bigint      NOT NULL UNIQUE REFERENCES test_order (id),
  nhs_number     text        NOT NULL,
  test_code      text        NOT NULL,
  oncotree_code  text        NOT NULL,
  tumour_type    text        NOT NULL,
  histology      text        NOT NULL DEFAULT '',
  primary_site   text        NOT NULL DEFAULT '',
  stage          text        NOT NULL DEFAULT '',
  created_by     text        NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX cancer_case_patient ON cancer_case (nhs_number, id);

CREATE TABLE tumour_sample (
  id                   bigserial   PRIMARY KEY,
  case_id              bigint      NOT NULL REFERENCES cancer_case (id),
  sample_type          text        NOT NULL CHECK (sample_type IN
                         ('FFPE', 'FRESH_FROZEN', 'PLASMA_CTDNA', 'BONE_MARROW', 'BLOOD_GERMLINE')),
  barcode              text        NOT NULL,
  cellularity_percent  int         CHECK (cellularity_percent BETWEEN 0 AND 100),
  germline_sample_id   bigint      REFERENCES tumour_sample (id),
  collected_on         date        NOT NULL,
  received_by          text        NOT NULL,
  received_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (case_id, barcode)
);

CREATE TABLE somatic_run (
  id             bigserial   PRIMARY KEY,
  case_id        bigint      NOT NULL REFERENCES cancer_case (id),
  sample_id      bigint      NOT NULL REFERENCES tumour_sample (id),
  state          text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  spec           jsonb       NOT NULL,
  attempt        int         NOT NULL DEFAULT 0,
  claimed_until  timestamptz,
  message        text,
  result_json    jsonb,
  result_html    text,
  started_by     text        NOT NULL,
  queued_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at    timestamptz
);
CREATE INDEX somatic_run_queue ON somatic_run (id) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX somatic_run_case ON somatic_run (case_id, id);

CREATE TABLE board_decision (
  id           bigserial   PRIMARY KEY,
  case_id      bigint      NOT NULL REFERENCES cancer_case (id),
  run_id       bigint      NOT NULL REFERENCES somatic_run (id),
  finding_key  text        NOT NULL,
  decision     text        NOT NULL CHECK (decision IN ('REPORTED', 'NOT_REPORTED', 'COMMENT')),
  comment      text        NOT NULL DEFAULT '',
  decided_by   text        NOT NULL,
  decided_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX board_decision_case ON board_decision (case_id, id);

CREATE TABLE cancer_report (
  id             bigserial   PRIMARY KEY,
  case_id        bigint      NOT NULL REFERENCES cancer_case (id),
  run_id         bigint      NOT NULL REFERENCES somatic_run (id),
  reported       jsonb       NOT NULL,
  html           text        NOT NULL,
  fhir           text        NOT NULL,
  authorised_by  text        NOT NULL,
  authorised_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX cancer_report_case ON cancer_report (case_id, id);
