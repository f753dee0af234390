/**
 * Allele definitions of pharmacogenes: the GRCh38 positions each gene's named alleles (for example
 * {@code *2} or {@code c.2846A>T}) are defined at, the bases that define each allele, and the
 * per-gene exemptions (ignored or required positions, priorities for ambiguous calls).
 */
package org.gms.genomics.pgx.definition;
