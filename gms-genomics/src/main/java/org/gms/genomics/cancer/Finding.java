package org.gms.genomics.cancer;

import java.util.List;
import java.util.Objects;
import org.gms.genomics.cancer.actionability.AmpTier;
import org.gms.genomics.cancer.actionability.ClinicalEvidence;
import org.gms.genomics.cancer.oncogenicity.Oncogenicity;

/**
 * One reported alteration.
 *
 * @param kind {@code snv/indel}, {@code cna} or {@code fusion}
 * @param proteinChange HGVS short form ({@code V600E}), or empty
 * @param alteration how it reads: {@code 7:140453136 A>T}, {@code amplification}, {@code EML4::ALK}
 * @param variantClass MAF classification for small variants, else empty
 * @param vaf tumour VAF, NaN when unknown
 * @param oncogenicity null for copy number and fusions (the standard covers small variants)
 * @param flags histology-independent indications and other notes
 */
public record Finding(
    String gene,
    String proteinChange,
    String kind,
    String alteration,
    String variantClass,
    double vaf,
    int depth,
    String geneRole,
    Oncogenicity oncogenicity,
    AmpTier tier,
    List<ClinicalEvidence> evidence,
    List<String> flags,
    String source) {

  public Finding {
    Objects.requireNonNull(gene, "gene");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tier, "tier");
    evidence = List.copyOf(evidence);
    flags = List.copyOf(flags);
  }

  /** The predictive evidence: therapies with their response. */
  public List<ClinicalEvidence> therapies() {
    return evidence.stream().filter(e -> e.type().equals("Predictive")).toList();
  }
}
