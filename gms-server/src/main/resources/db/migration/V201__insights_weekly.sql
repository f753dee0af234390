-- Activity by ISO week (the insights feature): per week (its Monday), month, dimension and value,
-- each event counted in the week and month of its day. A week spanning two months has a row in
-- each, so that recomputing a month rewrites only its own rows.
CREATE TABLE insight_weekly (
  week       date NOT NULL,
  month      date NOT NULL,
  dimension  text NOT NULL,
  value      int  NOT NULL,
  requested  int  NOT NULL,
  received   int  NOT NULL,
  reported   int  NOT NULL,
  cancelled  int  NOT NULL,
  failed     int  NOT NULL,
  PRIMARY KEY (dimension, week, value, month)
);
CREATE INDEX insight_weekly_month ON insight_weekly (month);
