/**
 * Pharmacogenomics: calls star-allele diplotypes of pharmacogenes from a sample's genotypes,
 * translates them into allele function, phenotype and activity score, and finds the CPIC and DPWG
 * prescribing recommendations that apply. {@link org.gms.genomics.pgx.PgxAnalyser} is the entry
 * point; {@link org.gms.genomics.pgx.PgxKnowledge} holds the bundled definitions and guidelines.
 */
package org.gms.genomics.pgx;
