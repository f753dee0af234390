-- Test orders (the ordering feature). request_key makes submission idempotent: the requester's
-- identifier for the request, unique per requesting organisation.
CREATE TABLE test_order (
  id                      bigserial   PRIMARY KEY,
  request_key             text        NOT NULL,
  patient_nhs_number      char(10)    NOT NULL REFERENCES patient (nhs_number),
  indication              text        NOT NULL,
  indication_name         text        NOT NULL,
  test_code               text        NOT NULL,
  test_method             text        NOT NULL,
  directory_version       text        NOT NULL,
  requester               text        NOT NULL,
  requester_organisation  text        NOT NULL,
  laboratory              text        NOT NULL,
  urgency                 text        NOT NULL CHECK (urgency IN ('ROUTINE', 'URGENT')),
  hpo_terms               text[]      NOT NULL,
  research_participation  boolean     NOT NULL,
  recontact               boolean     NOT NULL,
  state                   text        NOT NULL,
  requested_at            timestamptz NOT NULL DEFAULT clock_timestamp(),
  expected_by             date        NOT NULL,
  UNIQUE (requester_organisation, request_key)
);
CREATE INDEX test_order_organisation ON test_order (requester_organisation, id DESC);
CREATE INDEX test_order_laboratory ON test_order (laboratory, state, id DESC);

CREATE TABLE test_order_family_member (
  order_id      bigint   NOT NULL REFERENCES test_order (id),
  nhs_number    char(10) NOT NULL REFERENCES patient (nhs_number),
  relationship  text     NOT NULL,
  affected      boolean  NOT NULL,
  PRIMARY KEY (order_id, nhs_number)
);

-- Every state change, with who and when; the first row is the request itself (from_state null).
CREATE TABLE test_order_transition (
  id          bigserial   PRIMARY KEY,
  order_id    bigint      NOT NULL REFERENCES test_order (id),
  from_state  text,
  to_state    text        NOT NULL,
  reason      text,
  changed_by  text        NOT NULL,
  changed_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX test_order_transition_order ON test_order_transition (order_id, id);

CREATE TABLE sample (
  barcode      text        PRIMARY KEY,
  order_id     bigint      NOT NULL REFERENCES test_order (id),
  sample_type  text        NOT NULL CHECK (sample_type IN ('BLOOD', 'SALIVA', 'TISSUE', 'CFDNA')),
  received_at  timestamptz NOT NULL,
  received_by  text        NOT NULL
);
CREATE INDEX sample_order ON sample (order_id);
