-- Clinical trial registry (the trials feature): each trial as imported, its source document kept as
-- written (CTML JSON, YAML read into JSON, or a ClinicalTrials.gov API v2 study) and, for
-- ClinicalTrials.gov records, the curated genomic criteria (CTML match trees per arm).
CREATE TABLE trial (
  id           text        PRIMARY KEY,
  source       text        NOT NULL CHECK (source IN ('CTML', 'CTGOV')),
  title        text        NOT NULL,
  status       text        NOT NULL,
  open         boolean     NOT NULL,
  file_name    text        NOT NULL,
  document     text        NOT NULL,
  curation     text,
  sha256       text        NOT NULL,
  imported_by  text        NOT NULL,
  imported_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  opened_at    timestamptz
);

-- A reported cancer case's profile as trial matching reads it (the latest report stands), with the
-- treating organisation and laboratory of its order.
CREATE TABLE trial_case (
  case_id       bigint      PRIMARY KEY,
  order_id      bigint      NOT NULL,
  nhs_number    char(10)    NOT NULL REFERENCES patient (nhs_number),
  organisation  text        NOT NULL,
  laboratory    text        NOT NULL,
  profile       text        NOT NULL,
  reported_at   timestamptz NOT NULL
);

-- Each (case, trial arm) match, with the reasons; current = false when a later report or a trial
-- change no longer matches (kept, so the same match coming back is not new).
CREATE TABLE trial_match (
  case_id          bigint      NOT NULL REFERENCES trial_case (case_id),
  trial_id         text        NOT NULL REFERENCES trial (id),
  arm_code         text        NOT NULL,
  reasons          text        NOT NULL,
  current          boolean     NOT NULL DEFAULT true,
  first_matched_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (case_id, trial_id, arm_code)
);

-- A new match for the treating team: raised once per (case, trial, arm), when a trial opens or is
-- imported open, or when a case is reported.
CREATE TABLE trial_alert (
  id            bigserial   PRIMARY KEY,
  organisation  text        NOT NULL,
  case_id       bigint      NOT NULL REFERENCES trial_case (case_id),
  order_id      bigint      NOT NULL,
  nhs_number    char(10)    NOT NULL REFERENCES patient (nhs_number),
  trial_id      text        NOT NULL REFERENCES trial (id),
  arm_code      text        NOT NULL,
  cause         text        NOT NULL CHECK (cause IN ('TRIAL_OPENED', 'TRIAL_CHANGED', 'CASE_REPORTED')),
  reason        text        NOT NULL,
  state         text        NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ACCEPTED', 'DISMISSED')),
  decided_by    text,
  decided_at    timestamptz,
  decision      text,
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (case_id, trial_id, arm_code)
);
CREATE INDEX trial_alert_open ON trial_alert (organisation, state);
