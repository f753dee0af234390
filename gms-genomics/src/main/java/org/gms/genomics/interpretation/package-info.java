/**
 * Rare-disease interpretation: the candidate variants of a family, the filters they pass (quality,
 * population frequency, consequence, gene panel, inheritance), and the ranking and tiering of what
 * remains by variant evidence (ACMG/AMP class), inheritance fit and phenotype match.
 *
 * <p>Sub-packages by noun: {@code pedigree} (PED files and their checks), {@code chromosome}
 * (autosomes, sex chromosomes and their pseudoautosomal regions, the mitochondrion), {@code
 * inheritance} (segregation of genotypes in a family under each mode of inheritance) and {@code
 * acmg} (evidence codes and the guideline versions that combine them into a class).
 */
package org.gms.genomics.interpretation;
