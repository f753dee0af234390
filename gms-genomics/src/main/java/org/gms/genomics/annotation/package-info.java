/**
 * Variant annotation: for each variant and each transcript near it, the Sequence Ontology
 * consequences (VEP-compatible definitions), exon/intron number and HGVS c./n. and p. descriptions;
 * the ClinVar classification of the same allele; JSON Lines output. The engine ({@link
 * org.gms.genomics.annotation.Annotator}) is immutable and thread-safe.
 *
 * <p>Inputs are {@link org.gms.genomics.variant.SequenceVariant}s in VCF convention (1-based, may
 * carry a padding base); the engine trims shared bases itself. See docs/annotation.md for the
 * rules.
 */
package org.gms.genomics.annotation;
