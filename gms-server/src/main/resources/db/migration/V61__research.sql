-- The research pseudonym key (the research feature): made once, never shown to researchers.
CREATE TABLE research_key (
  id      int   PRIMARY KEY CHECK (id = 1),
  secret  bytea NOT NULL
);
