-- Amended result reports (the analysis feature): result_report holds the report in force; each
-- report it replaced is kept here as it was issued, with why it was amended.
ALTER TABLE result_report ADD COLUMN version int NOT NULL DEFAULT 1;
ALTER TABLE result_report ADD COLUMN amendment_reason text;

CREATE TABLE result_report_superseded (
  order_id          bigint      NOT NULL REFERENCES test_order (id),
  version           int         NOT NULL,
  run_id            bigint      NOT NULL REFERENCES analysis_run (id),
  conclusion        text        NOT NULL,
  variants          jsonb       NOT NULL,
  html              text        NOT NULL,
  fhir              jsonb       NOT NULL,
  authorised_by     text        NOT NULL,
  authorised_at     timestamptz NOT NULL,
  amendment_reason  text,
  superseded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (order_id, version)
);
