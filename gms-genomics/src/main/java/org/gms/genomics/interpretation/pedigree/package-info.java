/**
 * Pedigrees: reading PED (LINKAGE, 6-column) files with errors that name file, line and field;
 * checking a pedigree for consistency (parents listed and of the right sex, no one their own
 * ancestor), against the samples of a VCF, and against the genotypes (sex versus X-chromosome
 * heterozygosity).
 */
package org.gms.genomics.interpretation.pedigree;
