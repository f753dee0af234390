package org.gms.server.oncology;

import java.util.List;
import java.util.Objects;

/**
 * One finding of a reported cancer case, as the tumour board chose to report it.
 *
 * @param gene HGNC symbol; for a fusion the 5' gene as written ({@code EML4} of {@code EML4::ALK})
 * @param proteinChange HGVS short form without {@code p.} ({@code V600E}, {@code T790M}), or empty
 *     when there is none (copy number, fusions, non-coding)
 * @param category small variant, copy number or fusion
 * @param cnaCall the copy-number call for {@link VariantCategory#CNA}, else null
 * @param fusion both genes {@code A::B} for {@link VariantCategory#FUSION}, else empty
 * @param partnerGenes every gene the finding involves (one, or both partners of a fusion)
 * @param variantClass e.g. {@code Missense_Mutation}, {@code Frame_Shift_Del}, or empty
 * @param tier AMP/ASCO/CAP 2017 tier: {@code I}, {@code II}, {@code III} or {@code IV}
 * @param vaf tumour variant allele fraction 0-1, or NaN when unknown
 * @param oncogenicity ClinGen/CGC/VICC class ({@code Oncogenic}, ...) or empty for CNA/fusions
 * @param germline true for a germline finding of a tumour-normal pair
 */
public record ReportedFinding(
    String gene,
    String proteinChange,
    VariantCategory category,
    CnaCall cnaCall,
    String fusion,
    List<String> partnerGenes,
    String variantClass,
    String tier,
    double vaf,
    String oncogenicity,
    boolean germline) {

  public ReportedFinding {
    if (gene == null || gene.isBlank()) {
      throw new IllegalArgumentException("A reported finding needs a gene");
    }
    Objects.requireNonNull(category, "category");
    if ((category == VariantCategory.CNA) != (cnaCall != null)) {
      throw new IllegalArgumentException(
          "A copy-number finding, and only one, has a copy-number call: " + gene);
    }
    proteinChange = proteinChange == null ? "" : proteinChange;
    fusion = fusion == null ? "" : fusion;
    partnerGenes =
        partnerGenes == null || partnerGenes.isEmpty() ? List.of(gene) : List.copyOf(partnerGenes);
    variantClass = variantClass == null ? "" : variantClass;
    tier = tier == null ? "" : tier;
    oncogenicity = oncogenicity == null ? "" : oncogenicity;
  }
}
