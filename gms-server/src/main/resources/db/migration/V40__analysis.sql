-- Analysis runs (the analysis feature): a durable queue. A worker claims a run (state RUNNING,
-- attempt + 1, claimed_until) and renews the claim while it works; a run whose claim ran out is
-- taken up again. Only the attempt holding the claim may store the result.
CREATE TABLE analysis_run (
  id             bigserial   PRIMARY KEY,
  order_id       bigint      NOT NULL REFERENCES test_order (id),
  kind           text        NOT NULL CHECK (kind IN ('RARE_DISEASE', 'PHARMACOGENOMICS')),
  state          text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  vcf            text        NOT NULL,
  samples        jsonb       NOT NULL,
  spec           jsonb       NOT NULL,
  genes          text        NOT NULL,
  progress       bigint      NOT NULL DEFAULT 0,
  attempt        int         NOT NULL DEFAULT 0,
  claimed_until  timestamptz,
  message        text,
  result_json    jsonb,
  result_html    text,
  started_by     text        NOT NULL,
  queued_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at    timestamptz
);
CREATE INDEX analysis_run_queue ON analysis_run (id) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX analysis_run_order ON analysis_run (order_id, id);
