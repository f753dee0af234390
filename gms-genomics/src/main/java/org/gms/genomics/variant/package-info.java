/**
 * Sequence variants: the allele model and positions (on a {@code reference} build), VCF reading and
 * writing, and normalisation (splitting, trimming, left alignment).
 */
package org.gms.genomics.variant;
