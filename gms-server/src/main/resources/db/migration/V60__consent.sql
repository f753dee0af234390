-- Patient choices (the consent feature): every decision recorded is kept, with who recorded it,
-- when and from where; the current choice of each kind is the latest. Rows are never changed.
CREATE TABLE consent_record (
  id           bigserial   PRIMARY KEY,
  nhs_number   char(10)    NOT NULL REFERENCES patient (nhs_number),
  kind         text        NOT NULL CHECK (kind IN ('RESEARCH_PARTICIPATION', 'RECONTACT')),
  decision     text        NOT NULL CHECK (decision IN ('GIVEN', 'DECLINED', 'WITHDRAWN')),
  source       text        NOT NULL,
  note         text        NOT NULL,
  recorded_by  text        NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX consent_record_current ON consent_record (nhs_number, kind, id DESC);

CREATE FUNCTION consent_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent_record is append-only: % is not allowed; record a new decision', TG_OP;
END;
$$;
CREATE TRIGGER consent_record_no_update BEFORE UPDATE OR DELETE ON consent_record
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();
