-- Failed logins, kept a day: the throttle counts them per account and per client address.
CREATE TABLE login_failure (
  id        bigserial   PRIMARY KEY,
  username  text        NOT NULL,
  address   text,
  at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_by_username ON login_failure (username, at);
CREATE INDEX login_failure_by_address ON login_failure (address, at);

-- The identity of this database's audit chain: names the checkpoint file kept outside the
-- database, so a checkpoint file of another database is never compared with this one.
CREATE TABLE audit_anchor (
  only_row     boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  database_id  text    NOT NULL
);
INSERT INTO audit_anchor (database_id)
VALUES (md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text));
