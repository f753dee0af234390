/**
 * Segregation of a variant's genotypes in a family under each mode of inheritance: de novo,
 * autosomal dominant, autosomal recessive (homozygous, and compound heterozygous for pairs of
 * variants in one gene, phase-aware), X-linked dominant and recessive, mitochondrial; and Mendelian
 * consistency of trios. Each verdict is YES, POSSIBLE (consistent, but missing or unresolvable data
 * leaves it open) or NO, with the reason.
 */
package org.gms.genomics.interpretation.inheritance;
