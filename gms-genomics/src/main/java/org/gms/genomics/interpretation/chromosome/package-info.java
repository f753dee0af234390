/**
 * How a locus is inherited, from where it lies: autosomes, the X and Y chromosomes outside their
 * pseudoautosomal regions (which GRCh37 and GRCh38 place differently), and the mitochondrion.
 */
package org.gms.genomics.interpretation.chromosome;
