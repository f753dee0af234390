/**
 * A rare-disease analysis of one family from files to ranked candidates: it reads the family's VCF,
 * annotates every allele a sequenced member carries, adapts the annotation to the interpretation
 * core's candidates, checks the pedigree against the samples (names and sex), ranks genes by the
 * proband's phenotype and interprets. Library entry point for the {@code interpret} command and the
 * server's analysis jobs.
 */
package org.gms.genomics.analysis;
