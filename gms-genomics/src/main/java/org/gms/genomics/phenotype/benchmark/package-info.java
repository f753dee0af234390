/**
 * Benchmarking the phenotype engine on published cases (GA4GH phenopackets): ranks of the causative
 * gene from phenotype alone and among decoy genotypes, with a stand-in variant evidence model that
 * the interpretation engine will replace.
 */
package org.gms.genomics.phenotype.benchmark;
