/**
 * Transcript models: genes, transcripts with their exons and coding region, read from GTF and GFF3
 * (Ensembl, GENCODE, RefSeq/NCBI, MANE, bcftools-style), transcript sequences from cDNA FASTA, gene
 * identity and MANE Select status from HGNC and the MANE summary, and an interval index that
 * answers "which transcripts lie near this variant".
 *
 * <p>Coordinates are genomic, 1-based and inclusive on the plus strand of the contig (as in GTF,
 * GFF3 and VCF) unless a name says otherwise: {@code cdna} positions are 1-based along the
 * transcript in its own orientation.
 */
package org.gms.genomics.transcript;
