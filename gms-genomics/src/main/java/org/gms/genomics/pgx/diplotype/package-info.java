/**
 * Diplotype calling: matches a sample's genotypes at a gene's defined positions against its named
 * alleles and reports every top-scoring diplotype (never one guessed from a tie), the positions
 * that were missing, and why a gene could not be called. DPYD follows CPIC's lowest-function rule.
 */
package org.gms.genomics.pgx.diplotype;
