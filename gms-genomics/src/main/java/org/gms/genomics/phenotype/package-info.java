/**
 * The phenotype engine: the Human Phenotype Ontology (terms, hierarchy, obsolete and secondary
 * ids), the disease and gene annotations on it (genes_to_phenotype, phenotype.hpoa, with
 * frequencies and NOT annotations), and ranking diseases and genes for a patient's observed and
 * excluded terms with an explanation of every match ({@link
 * org.gms.genomics.phenotype.GenePrioritiser}).
 */
package org.gms.genomics.phenotype;
