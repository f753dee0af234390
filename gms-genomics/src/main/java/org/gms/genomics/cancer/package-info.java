/**
 * The cancer genomics engine: a tumour's small variants, copy number and fusions in; oncogenicity
 * (ClinGen/CGC/VICC 2022), AMP/ASCO/CAP 2017 tiers with therapies, TMB and MSI out, as one {@link
 * org.gms.genomics.cancer.SomaticReport} per tumour sample. {@link
 * org.gms.genomics.cancer.SomaticAnalysis} is the library entry point (the CLI's {@code ./gms
 * somatic} and, later, the server call it). Sub-packages: {@code input} (MAF, VCF, CNA, fusion
 * readers), {@code tumourtype}, {@code knowledge} (CIViC, gene roles, hotspots), {@code
 * oncogenicity}, {@code actionability}, {@code biomarker}, {@code report} (JSON and HTML).
 */
package org.gms.genomics.cancer;
