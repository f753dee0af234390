-- Pharmacogenomic results in use (the insights feature): per month and guideline drug, the draft
-- medication orders checked against a patient's stored result through the CDS Hooks service, those
-- for which cards were shown and the cards shown (from the decision-support feature's PgxChecked
-- events; no patient identity).
CREATE TABLE insight_pgx (
  month      date NOT NULL,
  drug       text NOT NULL,
  checks     int  NOT NULL,
  with_cards int  NOT NULL,
  cards      int  NOT NULL,
  PRIMARY KEY (month, drug)
);
