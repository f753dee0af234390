-- Authorised result reports (the analysis feature): one per order; the document and the FHIR
-- bundle are kept as issued.
CREATE TABLE result_report (
  order_id       bigint      PRIMARY KEY REFERENCES test_order (id),
  run_id         bigint      NOT NULL REFERENCES analysis_run (id),
  conclusion     text        NOT NULL,
  variants       jsonb       NOT NULL,
  html           text        NOT NULL,
  fhir           jsonb       NOT NULL,
  authorised_by  text        NOT NULL,
  authorised_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
