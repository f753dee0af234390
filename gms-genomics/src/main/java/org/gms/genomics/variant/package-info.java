/**
 * Sequence variants: the allele model, genome builds and positions, VCF reading and writing, and
 * normalisation (splitting, trimming, left alignment).
 */
package org.gms.genomics.variant;
