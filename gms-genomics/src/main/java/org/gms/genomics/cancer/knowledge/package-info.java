/**
 * Cancer knowledge, versioned and named in every report: CIViC accepted evidence (release
 * 2024-08-01, CC0, bundled as published), matched to a variant by gene and protein change, codon,
 * exon, gene-level class (mutation, loss of function) and genomic position, to fusions and to
 * amplifications/deletions, and its domain-level variants with qualifying evidence as the critical
 * functional domains of OM1; gene roles (oncogene / tumour suppressor) from the IntOGen 2023-05-31
 * compendium (CC0, bundled; one role per gene by majority of its cohorts); cancer hotspots (Chang
 * et al.; AGPL, never bundled: loaded at run time from a user-supplied file).
 */
package org.gms.genomics.cancer.knowledge;
