-- The monthly turnaround histograms of the insights feature are stored as (day, count) pairs of
-- their non-zero days instead of one element per day: a month's histogram of one value is mostly
-- zeros, so the pairs are several times shorter to store, read and add up (the breakdowns by
-- indication and by test read thousands of them). The summary is read again from the ordering
-- feature, as by V231, to rewrite them; generated activity must be generated again.
TRUNCATE insight_order, insight_monthly, insight_weekly, insight_open;
UPDATE insight_refresh SET last_change = 0;
COMMENT ON COLUMN insight_monthly.tat_request_receipt IS
  'request to first sample: day, count pairs of the non-zero days (the last day counts 730 or more)';
COMMENT ON COLUMN insight_monthly.tat_receipt_report IS
  'first sample to report: day, count pairs of the non-zero days';
COMMENT ON COLUMN insight_monthly.tat_request_report IS
  'request to report: day, count pairs of the non-zero days';
