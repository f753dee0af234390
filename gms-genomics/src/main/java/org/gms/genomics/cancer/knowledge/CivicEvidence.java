package org.gms.genomics.cancer.knowledge;

import java.util.List;

/**
 * One accepted CIViC clinical evidence item (ClinicalEvidenceSummaries) or assertion
 * (AssertionSummaries, which carries an AMP/ASCO/CAP category).
 *
 * @param doid the disease's DOID digits as CIViC writes them (empty for "Solid Tumor")
 * @param level CIViC evidence level A (validated) to E (inferential); for an assertion, the level
 *     of its AMP category (Tier I - Level A gives A)
 * @param assertion whether this is a CIViC assertion (AID) rather than an evidence item (EID)
 */
public record CivicEvidence(
    int id,
    int molecularProfileId,
    String molecularProfile,
    String disease,
    String doid,
    List<String> therapies,
    String therapyInteraction,
    String type,
    String direction,
    String level,
    String significance,
    String citation,
    String citationId,
    String sourceType,
    int rating,
    String origin,
    boolean assertion) {

  public CivicEvidence {
    therapies = List.copyOf(therapies);
  }

  /** "Supports" (the evidence supports the significance) rather than "Does Not Support". */
  public boolean supports() {
    return direction.equalsIgnoreCase("Supports");
  }

  /** The citation as a reader looks it up: {@code PMID:12345} or the ASCO abstract. */
  public String reference() {
    if (assertion) {
      return "CIViC AID" + id;
    }
    return (sourceType.equalsIgnoreCase("PubMed") ? "PMID:" : sourceType + ":") + citationId;
  }

  public String url() {
    return "https://civicdb.org/links/" + (assertion ? "assertions/" : "evidence_items/") + id;
  }
}
