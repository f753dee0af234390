-- Open orders per laboratory and expected date (the insights feature), kept with every refresh, so
-- that the backlog (open, and overdue on any day) is read from a few thousand rows whatever the
-- number of orders.
CREATE TABLE insight_open (
  laboratory   int  NOT NULL,
  expected_by  date NOT NULL,
  open         int  NOT NULL,
  PRIMARY KEY (laboratory, expected_by)
);
INSERT INTO insight_open (laboratory, expected_by, open)
SELECT laboratory, expected_by, count(*) FROM insight_order
 WHERE reported_on IS NULL AND cancelled_on IS NULL AND failed_on IS NULL
 GROUP BY laboratory, expected_by;
