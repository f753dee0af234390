-- PanelApp gene panels. PanelApp versions are immutable: a panel version is stored once and kept;
-- panel_current says which version is current (retired when a full export no longer lists it).
CREATE TABLE panel_version (
  id                 bigserial PRIMARY KEY,
  panel_id           int       NOT NULL,
  version            text      NOT NULL,
  import_id          bigint    NOT NULL REFERENCES directory_import (id),
  name               text      NOT NULL,
  disease_group      text      NOT NULL,
  disease_sub_group  text      NOT NULL,
  status             text      NOT NULL,
  hash_id            text,
  version_created    text,
  relevant_disorders jsonb     NOT NULL,
  types              jsonb     NOT NULL,
  entity_source      text      NOT NULL CHECK (entity_source IN ('panelapp-api', 'panelapp-tsv')),
  content_sha256     text      NOT NULL,
  entity_count       int       NOT NULL,
  UNIQUE (panel_id, version)
);

CREATE TABLE panel_current (
  panel_id        int    PRIMARY KEY,
  version_id      bigint NOT NULL REFERENCES panel_version (id),
  retired_by      bigint REFERENCES directory_import (id)
);

-- A gene, STR or region of a panel version. Super panels list a gene once per component panel.
-- confidence: PanelApp level 0-3 (3 green, 2 amber, 0-1 red). raw: the PanelApp API object as
-- published when the source was the API; null for the TSV.
CREATE TABLE panel_entity (
  version_id          bigint   NOT NULL REFERENCES panel_version (id),
  ordinal             int      NOT NULL,
  entity_type         text     NOT NULL CHECK (entity_type IN ('gene', 'str', 'region')),
  entity_name         text     NOT NULL,
  gene_symbol         text,
  hgnc_id             text,
  confidence          smallint NOT NULL CHECK (confidence BETWEEN 0 AND 4),
  mode_of_inheritance text     NOT NULL,
  raw                 jsonb,
  PRIMARY KEY (version_id, ordinal)
);
CREATE INDEX panel_entity_gene ON panel_entity (upper(gene_symbol), version_id);
