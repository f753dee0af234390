/**
 * CPIC and DPWG prescribing recommendations (as annotated by ClinPGx): which recommendation text,
 * strength and implications apply to a patient, given the lookup keys (phenotype, activity score or
 * diplotype) of the genes each guideline depends on.
 */
package org.gms.genomics.pgx.recommendation;
