/**
 * A sample's genotypes at the positions pharmacogene definitions use, as the diplotype caller needs
 * them: the allele on each chromosome copy (as VCF allele strings), whether they are phased, and
 * which positions were not called. Also reads them from a VCF (single or multi-sample, gVCF
 * reference blocks included).
 */
package org.gms.genomics.pgx.genotype;
