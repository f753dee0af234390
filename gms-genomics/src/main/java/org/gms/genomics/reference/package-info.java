/**
 * The reference assembly: genome builds ({@code GenomeBuild}), contig names and the contig lengths
 * of each build, and its sequence: FASTA files with their {@code .fai} index, whole contigs or
 * pieces named as samtools-style regions ({@code 17:42425000-43600000}), and the contig lengths of
 * each genome build used to check that inputs match the declared build.
 */
package org.gms.genomics.reference;
