/**
 * Knowledge beyond human disease annotations for ranking genes: mouse mutants' phenotypes per human
 * orthologue, matched to a patient's HPO terms through the uPheno cross-species mappings and the
 * integrated HP/MP ancestor table ({@link org.gms.genomics.phenotype.modelorganism.MouseModels}),
 * and where those files come from ({@link
 * org.gms.genomics.phenotype.modelorganism.CrossSpeciesFiles}).
 */
package org.gms.genomics.phenotype.modelorganism;
