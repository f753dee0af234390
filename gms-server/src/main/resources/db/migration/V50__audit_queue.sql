-- Audit intake. A request records its events here, in its own transaction and without waiting for
-- any other request; one writer moves them, in batches and in order, into the hash-chained
-- audit_event table (within a fraction of a second). A crash loses nothing: queued events are
-- committed with the work they describe and chained after restart.
CREATE TABLE audit_queue (
  id           bigserial   PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor        text        NOT NULL,
  action       text        NOT NULL,
  entity_type  text        NOT NULL,
  entity_id    text        NOT NULL,
  detail       text        NOT NULL
);
