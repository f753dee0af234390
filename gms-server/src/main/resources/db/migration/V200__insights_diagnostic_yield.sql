-- Diagnostic yield of rare-disease reports (the insights feature). The analysis feature's reports
-- are read in the order they were authorised or amended: an index for that page query.
CREATE INDEX result_report_authorised ON result_report (authorised_at, order_id);

-- What the report in force of each order found, as read from the analysis feature: pathogenic is
-- whether it holds a pathogenic or likely pathogenic finding.
CREATE TABLE insight_report (
  order_id    bigint  PRIMARY KEY,
  pathogenic  boolean NOT NULL
);

-- The same on the order summary: NULL without a rare-disease report, else 0 or 1.
ALTER TABLE insight_order ADD COLUMN finding smallint;

-- Per month (of the report) and dimension value: rare-disease cases reported and those with a
-- pathogenic or likely pathogenic finding.
ALTER TABLE insight_monthly ADD COLUMN yield_reported int NOT NULL DEFAULT 0;
ALTER TABLE insight_monthly ADD COLUMN yield_pathogenic int NOT NULL DEFAULT 0;

-- How far the reports have been read.
ALTER TABLE insight_refresh ADD COLUMN report_mark_at timestamptz;
ALTER TABLE insight_refresh ADD COLUMN report_mark_order bigint;
