-- The insights feature's roll-up of quarters and years: per calendar quarter (months = 3) or
-- calendar year (months = 12), from its first day, dimension and value, the sums of its monthly
-- figures (insight_monthly), with the turnaround histograms merged and stored the same way, as
-- (day, count) pairs of their non-zero days. A period of whole months is then answered from one
-- row per whole year, one per whole quarter outside them and the months left at either end: a
-- 5-year breakdown by test reads 5 rows of each test instead of 60, any 12 months at most 6.
-- A quarter is rebuilt from its months, and its year from its quarters, whenever one of its months
-- is recomputed. The summary is read again from the ordering feature, as by V231, to fill it;
-- generated activity must be generated again.
CREATE TABLE insight_rollup (
  start                date     NOT NULL,
  months               smallint NOT NULL,
  dimension            text     NOT NULL,
  value                int      NOT NULL,
  requested            int      NOT NULL,
  received             int      NOT NULL,
  reported             int      NOT NULL,
  cancelled            int      NOT NULL,
  failed               int      NOT NULL,
  within_target        int      NOT NULL,
  generated            int      NOT NULL,
  tat_request_receipt  int[]    NOT NULL,
  tat_receipt_report   int[]    NOT NULL,
  tat_request_report   int[]    NOT NULL,
  yield_reported       int      NOT NULL,
  yield_pathogenic     int      NOT NULL,
  PRIMARY KEY (dimension, months, start, value),
  CHECK ((months = 3 AND extract(day FROM start) = 1 AND extract(month FROM start) IN (1, 4, 7, 10))
    OR (months = 12 AND extract(doy FROM start) = 1))
);
COMMENT ON TABLE insight_rollup IS
  'sums of insight_monthly per calendar quarter (months = 3) or year (months = 12) from start';
TRUNCATE insight_order, insight_monthly, insight_weekly, insight_open;
UPDATE insight_refresh SET last_change = 0;
