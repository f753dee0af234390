-- The research genotype store (the research feature): columnar, one row per variant.
-- Individuals get a dense index (0, 1, 2, ...) so that a variant's carriers are a sorted int
-- array and a count is |carriers AND consented|, with consent applied when the query is answered.
CREATE TABLE research_individual (
  idx         int  PRIMARY KEY,
  nhs_number  text NOT NULL UNIQUE
);

-- One row per normalised variant (VariantKey columns); het and hom are the sorted individual
-- indexes of the heterozygous and homozygous (or hemizygous) carriers.
CREATE TABLE research_variant (
  build     text   NOT NULL,
  contig    text   NOT NULL,
  position  bigint NOT NULL,
  ref       text   NOT NULL,
  alt       text   NOT NULL,
  het       int[]  NOT NULL,
  hom       int[]  NOT NULL
);
-- Alleles can be kilobases long (structural deletions), too long for a btree entry: the unique
-- key indexes a digest of them. Its (build, contig, position) prefix serves range reads.
CREATE UNIQUE INDEX research_variant_key
  ON research_variant (build, contig, position, md5(ref || '>' || alt));

-- Bumped by every load, so that each server's in-memory copy knows when to re-read.
CREATE TABLE research_genotype_version (
  id       int    PRIMARY KEY CHECK (id = 1),
  version  bigint NOT NULL
);
INSERT INTO research_genotype_version (id, version) VALUES (1, 0);

-- Which analysis runs have been loaded (a run is loaded once, even if its event is seen twice).
CREATE TABLE research_genotype_source (
  source     text        PRIMARY KEY,
  samples    int         NOT NULL,
  variants   int         NOT NULL,
  loaded_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
