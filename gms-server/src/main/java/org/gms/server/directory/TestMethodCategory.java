package org.gms.server.directory;

import java.util.Locale;

/**
 * The kind of laboratory method a test uses. The directory writes methods as free text ("WES or
 * Medium panel", "Single gene sequencing >=10 amplicons", ...); the text is kept as published and
 * classified into these categories for searching and grouping.
 */
public enum TestMethodCategory {
  WGS("WGS"),
  WES("WES"),
  WES_OR_PANEL("WES or panel"),
  PANEL("Panel"),
  MICROARRAY("Microarray"),
  SINGLE_GENE("Single gene"),
  TARGETED_VARIANT("Targeted variant testing"),
  CNV_DETECTION("CNV detection (MLPA)"),
  REPEAT_EXPANSION("STR testing"),
  METHYLATION("Methylation testing"),
  NIPD("NIPD"),
  CYTOGENETICS("Cytogenetics"),
  /** Cancer: a tumour NGS panel for small variants (SNVs, indels). */
  NGS_SMALL_VARIANT("NGS small variant"),
  /** Cancer: a tumour NGS panel for fusions and other rearrangements. */
  NGS_STRUCTURAL_VARIANT("NGS structural variant"),
  /** Cancer: a tumour NGS panel for copy-number changes. */
  NGS_COPY_NUMBER("NGS copy number"),
  /** Cancer: circulating tumour DNA from plasma. */
  CTDNA("ctDNA"),
  /** Cancer: fluorescence in situ hybridisation. */
  FISH("FISH"),
  /** Cancer: hotspot (targeted codon) testing. */
  HOTSPOT("Hotspot"),
  /** Cancer: paired tumour and germline whole genome sequencing. */
  WGS_TUMOUR_GERMLINE("WGS germline and tumour"),
  /** Cancer: RT-PCR or RT-qPCR of a fusion transcript. */
  RT_PCR("RT-PCR"),
  /** Cancer: microsatellite instability testing. */
  MSI("MSI testing"),
  OTHER("Other");

  private final String label;

  TestMethodCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Classifies a directory test method text; unknown methods are {@link #OTHER}. */
  public static TestMethodCategory classify(String method) {
    String m = method.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (m.equals("wgs") || m.startsWith("whole genome")) {
      return WGS;
    }
    if (m.startsWith("wes or")) {
      return WES_OR_PANEL;
    }
    if (m.equals("wes") || m.startsWith("whole exome")) {
      return WES;
    }
    if (m.contains("microarray")) {
      return MICROARRAY;
    }
    if (m.contains("mlpa") || m.contains("cnv")) {
      return CNV_DETECTION;
    }
    if (m.contains("panel") || m.contains("penel")) {
      return PANEL;
    }
    if (m.startsWith("single gene")) {
      return SINGLE_GENE;
    }
    if (m.startsWith("targeted variant")) {
      return TARGETED_VARIANT;
    }
    if (m.contains("str testing")) {
      return REPEAT_EXPANSION;
    }
    if (m.contains("methylation")) {
      return METHYLATION;
    }
    if (m.equals("nipd")) {
      return NIPD;
    }
    if (m.contains("karyotype") || m.equals("fish") || m.contains("aneuploidy")) {
      return CYTOGENETICS;
    }
    return OTHER;
  }
}
