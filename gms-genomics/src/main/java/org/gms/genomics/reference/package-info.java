/**
 * The reference assembly: genome builds ({@code GenomeBuild}), contig names, the contig lengths of
 * each build (used to check that inputs match the declared build), and the sequence: FASTA files
 * with their {@code .fai} index, whole contigs or pieces named as samtools-style regions ({@code
 * 17:42425000-43600000}).
 */
package org.gms.genomics.reference;
