-- The append-only audit log: who read or changed what, and when. Each event carries the SHA-256 of
-- its content and of the previous event, so any later edit or deletion breaks the chain.
CREATE TABLE audit_event (
  seq          bigint      PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor        text        NOT NULL,
  action       text        NOT NULL,
  entity_type  text        NOT NULL,
  entity_id    text        NOT NULL,
  detail       text        NOT NULL,
  prev_hash    text        NOT NULL,
  hash         text        NOT NULL
);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
