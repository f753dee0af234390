-- Management insights (the insights feature): its own summary of every order, kept from the
-- ordering feature's public API (or generated, and marked so), and monthly figures per dimension
-- value computed from it. Dimension values are coded through insight_label to keep rows narrow.
CREATE TABLE insight_label (
  code       serial PRIMARY KEY,
  dimension  text NOT NULL,
  label      text NOT NULL,
  UNIQUE (dimension, label)
);

CREATE TABLE insight_order (
  order_id      bigint   PRIMARY KEY,
  generated     boolean  NOT NULL,
  requested_on  date     NOT NULL,
  received_on   date,
  reported_on   date,
  cancelled_on  date,
  failed_on     date,
  expected_by   date     NOT NULL,
  target_days   smallint NOT NULL,
  indication    int      NOT NULL,
  test_code     int      NOT NULL,
  test_method   int      NOT NULL,
  test_group    int      NOT NULL,
  laboratory    int      NOT NULL,
  organisation  int      NOT NULL,
  geography     int      NOT NULL,
  urgency       int      NOT NULL,
  age_band      int      NOT NULL,
  sex           int      NOT NULL,
  target        int      NOT NULL
);
CREATE INDEX insight_order_requested ON insight_order (requested_on);
-- Orders still open: the backlog and the overdue ones.
CREATE INDEX insight_order_open ON insight_order (expected_by)
  WHERE reported_on IS NULL AND cancelled_on IS NULL AND failed_on IS NULL;

-- Per month and dimension value: events in the month and whole-day turnaround histograms
-- (element d+1 counts durations of d days; the last element counts the longer ones).
CREATE TABLE insight_monthly (
  month                date     NOT NULL,
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
  PRIMARY KEY (dimension, month, value)
);

-- How far the summary has read the ordering feature's changes.
CREATE TABLE insight_refresh (
  id           int         PRIMARY KEY CHECK (id = 1),
  last_change  bigint      NOT NULL,
  refreshed_at timestamptz NOT NULL
);
