-- A scientist's review of an analysis run in progress (ticks, final classes, comments, draft
-- conclusion), kept on the server so that nothing is lost on leaving the page. One draft per run
-- and scientist; replaced on each save, gone from use once the report is authorised.
CREATE TABLE review_draft (
  run_id     bigint      NOT NULL REFERENCES analysis_run (id),
  username   text        NOT NULL,
  draft      jsonb       NOT NULL,
  saved_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (run_id, username)
);
