-- National Genomic Test Directory. Every import (a directory release or a PanelApp export) is one
-- row of directory_import; old releases are kept, the newest directory import is the current one.
CREATE TABLE directory_import (
  id            bigserial   PRIMARY KEY,
  kind          text        NOT NULL CHECK (kind IN ('directory', 'panels')),
  label         text        NOT NULL,
  source        text        NOT NULL,
  source_sha256 text        NOT NULL,
  imported_at   timestamptz NOT NULL DEFAULT now(),
  imported_by   text        NOT NULL,
  summary       jsonb       NOT NULL,
  changes       jsonb       NOT NULL
);
CREATE UNIQUE INDEX directory_import_directory_label ON directory_import (label)
  WHERE kind = 'directory';

-- A clinical indication (R-code) as published in one directory release.
CREATE TABLE indication (
  import_id              bigint NOT NULL REFERENCES directory_import (id),
  code                   text   NOT NULL,
  name                   text   NOT NULL,
  specialist_test_group  text   NOT NULL,
  eligibility            text,
  first_row              int    NOT NULL,
  PRIMARY KEY (import_id, code)
);

-- A test of an indication (test code such as R29.1).
CREATE TABLE genomic_test (
  import_id              bigint NOT NULL,
  code                   text   NOT NULL,
  indication_code        text   NOT NULL,
  name                   text   NOT NULL,
  target                 text   NOT NULL,
  test_method            text   NOT NULL,
  method_category        text   NOT NULL,
  commissioning_category text   NOT NULL,
  change_note            text   NOT NULL,
  row_number             int    NOT NULL,
  PRIMARY KEY (import_id, code),
  FOREIGN KEY (import_id, indication_code) REFERENCES indication (import_id, code)
);

-- What a test looks at, parsed from its Target/Genes text: PanelApp panels, genes, or other
-- targets (regions, variants, "Genomewide"...), in the order written.
CREATE TABLE test_target (
  import_id   bigint NOT NULL,
  test_code   text   NOT NULL,
  ordinal     int    NOT NULL,
  kind        text   NOT NULL CHECK (kind IN ('panel', 'gene', 'other')),
  text        text   NOT NULL,
  panel_id    int,
  gene_symbol text,
  hgnc_id     text,
  PRIMARY KEY (import_id, test_code, ordinal),
  FOREIGN KEY (import_id, test_code) REFERENCES genomic_test (import_id, code)
);
CREATE INDEX test_target_panel ON test_target (panel_id) WHERE panel_id IS NOT NULL;
CREATE INDEX test_target_gene ON test_target (upper(gene_symbol)) WHERE gene_symbol IS NOT NULL;
CREATE INDEX genomic_test_indication ON genomic_test (import_id, indication_code);
