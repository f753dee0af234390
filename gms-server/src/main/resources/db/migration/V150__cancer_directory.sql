-- The cancer directory (M-codes) of a National Genomic Test Directory codes release is an import
-- of kind 'cancer'; its newest import is the current cancer directory, beside the newest
-- rare-disease release (kind 'directory'). A cancer test's targets can be fusions (EML4-ALK), and
-- the methods read from its name are kept in the order written.
ALTER TABLE directory_import DROP CONSTRAINT directory_import_kind_check;
ALTER TABLE directory_import ADD CONSTRAINT directory_import_kind_check
  CHECK (kind IN ('directory', 'cancer', 'panels'));
CREATE UNIQUE INDEX directory_import_cancer_label ON directory_import (label) WHERE kind = 'cancer';

ALTER TABLE test_target DROP CONSTRAINT test_target_kind_check;
ALTER TABLE test_target ADD CONSTRAINT test_target_kind_check
  CHECK (kind IN ('panel', 'gene', 'fusion', 'other'));

CREATE TABLE test_method (
  import_id  bigint NOT NULL,
  test_code  text   NOT NULL,
  ordinal    int    NOT NULL,
  method     text   NOT NULL,
  PRIMARY KEY (import_id, test_code, ordinal),
  FOREIGN KEY (import_id, test_code) REFERENCES genomic_test (import_id, code)
);
