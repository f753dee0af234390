/**
 * Genome-wide biomarkers from the variants alone: tumour mutational burden per Mb of the assay's
 * territory (a BED or a size; cBioPortal TMB_NONSYNONYMOUS or the Friends of Cancer Research
 * harmonised coding definition, stated in the report) and an MSI estimate from the indel rate,
 * fitted and cross-validated on the MSIseq labelled tumours.
 */
package org.gms.genomics.cancer.biomarker;
