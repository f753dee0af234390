/**
 * From diplotype to phenotype: each named allele's function and activity value, and each
 * diplotype's phenotype (e.g. "Intermediate Metabolizer"), activity score and the key guideline
 * recommendations are looked up by, per guideline source (CPIC, DPWG).
 */
package org.gms.genomics.pgx.phenotype;
