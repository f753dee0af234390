/**
 * Tumour inputs as laboratories hand them over: GDC/TCGA MAF and cBioPortal {@code data_mutations}
 * (one {@link org.gms.genomics.cancer.input.TumourSample} per {@code Tumor_Sample_Barcode}), tumour
 * VCFs (tumour-only or tumour-normal; VAF and depth from FORMAT AD/AF/DP or configurable INFO tags;
 * VEP {@code CSQ} and snpEff {@code ANN} annotation, or GMS's own annotator over given transcript
 * models for a VCF with neither), copy number (segments and gene-level discrete calls) and fusions
 * (Arriba, PCGR, cBioPortal {@code data_sv}). Every reader names file, line and field in its
 * errors.
 */
package org.gms.genomics.cancer.input;
