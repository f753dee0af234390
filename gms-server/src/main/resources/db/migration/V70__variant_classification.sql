-- Variants found in patients (the record feature): one row per variant, keyed by its build and
-- normalised allele, so the same variant in two patients is one row; GRCh37 and GRCh38 never meet.
-- Positions are 1-based; alleles are minimal (an empty string for an insertion's REF or a
-- deletion's ALT), as org.gms.genomics.variant.VariantKey defines them.
CREATE TABLE recorded_variant (
  id        bigserial PRIMARY KEY,
  build     text   NOT NULL CHECK (build IN ('GRCh37', 'GRCh38')),
  contig    text   NOT NULL,
  position  bigint NOT NULL CHECK (position >= 1),
  ref       text   NOT NULL,
  alt       text   NOT NULL,
  gene      text   NOT NULL
);
-- The alleles enter the key as a digest: a deletion of kilobases is too long for a btree entry.
CREATE UNIQUE INDEX recorded_variant_key
  ON recorded_variant (build, contig, position, md5(ref || '>' || alt));
CREATE INDEX recorded_variant_gene ON recorded_variant (gene);

-- Each classification of a variant in a patient, appended: the history is the rows in order.
CREATE TABLE variant_classification (
  id             bigserial   PRIMARY KEY,
  variant_id     bigint      NOT NULL REFERENCES recorded_variant (id),
  nhs_number     char(10)    NOT NULL REFERENCES patient (nhs_number),
  order_id       bigint      REFERENCES test_order (id),
  transcript     text        NOT NULL,
  hgvsc          text        NOT NULL,
  hgvsp          text        NOT NULL,
  genotype       text        NOT NULL,
  acmg_class     text        NOT NULL CHECK (acmg_class IN ('P', 'LP', 'VUS', 'LB', 'B')),
  evidence       jsonb       NOT NULL,
  classifier     text        NOT NULL,
  comment        text        NOT NULL,
  source         text        NOT NULL CHECK (source IN ('REPORT', 'AMENDED_REPORT')),
  classified_by  text        NOT NULL,
  classified_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX variant_classification_patient ON variant_classification (nhs_number, id);
CREATE INDEX variant_classification_variant ON variant_classification (variant_id, id);
