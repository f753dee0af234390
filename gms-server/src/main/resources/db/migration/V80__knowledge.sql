-- Versioned knowledge (the knowledge feature): each imported release of a source, identified by the
-- SHA-256 of its file, so importing the same file again is recognised and does nothing.
CREATE TABLE knowledge_version (
  id           bigserial   PRIMARY KEY,
  source       text        NOT NULL CHECK (source IN ('CLINVAR', 'PANEL', 'HPO', 'CLASSIFIER')),
  label        text        NOT NULL,
  file_name    text        NOT NULL,
  sha256       text        NOT NULL,
  summary      text        NOT NULL,
  imported_by  text        NOT NULL,
  imported_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (source, sha256)
);

-- A ClinVar release's assertion per allele, under the variant's key (VariantKey text form,
-- build:contig:position:ref:alt), so it meets the variants the record holds. Keys of long
-- deletions exceed what a b-tree indexes, so the index is on the key's MD5.
CREATE TABLE clinvar_assertion (
  version_id     bigint NOT NULL REFERENCES knowledge_version (id),
  variant_key    text   NOT NULL,
  key_md5        text   NOT NULL GENERATED ALWAYS AS (md5(variant_key)) STORED,
  gene           text   NOT NULL,
  variation_id   text   NOT NULL,
  significance   text   NOT NULL,
  review_status  text   NOT NULL,
  PRIMARY KEY (version_id, key_md5)
);

-- An HPO annotation release: its gene-disease links (for the diff) and the file itself (gzip), from
-- which the phenotype ranking of a case is rebuilt.
CREATE TABLE hpo_gene_disease (
  version_id  bigint NOT NULL REFERENCES knowledge_version (id),
  gene        text   NOT NULL,
  disease     text   NOT NULL,
  PRIMARY KEY (version_id, gene, disease)
);
CREATE TABLE knowledge_file (
  version_id  bigint PRIMARY KEY REFERENCES knowledge_version (id),
  content     bytea  NOT NULL
);

-- Re-analysis alerts: a knowledge change that could change a case's interpretation. cause makes
-- them idempotent: the same cause never raises a second alert for the same order.
CREATE TABLE reanalysis_alert (
  id               bigserial   PRIMARY KEY,
  laboratory       text        NOT NULL,
  order_id         bigint      NOT NULL REFERENCES test_order (id),
  nhs_number       char(10)    NOT NULL REFERENCES patient (nhs_number),
  rule             text        NOT NULL,
  cause            text        NOT NULL,
  variant_key      text,
  gene             text        NOT NULL,
  reason           text        NOT NULL,
  old_evidence     text        NOT NULL,
  new_evidence     text        NOT NULL,
  version_id       bigint      NOT NULL REFERENCES knowledge_version (id),
  state            text        NOT NULL CHECK (state IN ('OPEN', 'ACCEPTED', 'DISMISSED')),
  decided_by       text,
  decided_at       timestamptz,
  decision         text,
  created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (order_id, cause)
);
CREATE INDEX reanalysis_alert_open ON reanalysis_alert (laboratory, id) WHERE state = 'OPEN';
CREATE INDEX reanalysis_alert_patient ON reanalysis_alert (nhs_number, id);

-- Re-analysis jobs: every stored case re-examined against the current knowledge, with progress.
CREATE TABLE reanalysis_job (
  id           bigserial   PRIMARY KEY,
  trigger      text        NOT NULL,
  state        text        NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
  total        int         NOT NULL DEFAULT 0,
  done         int         NOT NULL DEFAULT 0,
  alerts       int         NOT NULL DEFAULT 0,
  message      text,
  started_by   text        NOT NULL,
  started_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at  timestamptz
);
