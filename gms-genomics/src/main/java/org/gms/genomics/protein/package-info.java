/**
 * Proteins as HGVS describes them: the amino acids with their one- and three-letter codes, and
 * single-residue protein changes ({@code p.Arg175His}) read from p. descriptions.
 */
package org.gms.genomics.protein;
