package org.gms.genomics.cancer.actionability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gms.genomics.cancer.knowledge.CivicEvidence;
import org.gms.genomics.cancer.knowledge.CivicMatch;
import org.gms.genomics.cancer.knowledge.MatchKind;
import org.gms.genomics.cancer.oncogenicity.Oncogenicity;
import org.gms.genomics.cancer.oncogenicity.OncogenicityClass;
import org.gms.genomics.cancer.tumourtype.TumourType;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.genomics.cancer.tumourtype.TypeMatch;

/**
 * Li MM et al. Standards and guidelines for the interpretation and reporting of sequence variants
 * in cancer (AMP/ASCO/CAP). J Mol Diagn 2017;19:4-23, with CIViC evidence levels mapped as PCGR and
 * CIViC do: in this tumour type (or a parent type, or pan-cancer), level A gives I-A, B gives I-B,
 * C gives II-C, D and E give II-D; in another tumour type, A and B give II-C (an approved therapy
 * elsewhere), C, D and E give no tier. Gene-level matches ({@code Mutation}) are capped at
 * II-C/II-D: the knowledge does not speak to this variant in particular. Without tiered evidence a
 * variant is III, or IV when its oncogenicity is benign or likely benign.
 */
public final class Amp2017Tiers {

  private static final Set<String> TIERED_TYPES = Set.of("Predictive", "Diagnostic", "Prognostic");
  private final TumourTypes tumourTypes;

  public Amp2017Tiers(TumourTypes tumourTypes) {
    this.tumourTypes = tumourTypes;
  }

  /** The guideline's name, for reports. */
  public String guideline() {
    return "AMP/ASCO/CAP 2017 (Li et al.)";
  }

  /** The clinical evidence of the matches, each with the tier it supports, strongest first. */
  public List<ClinicalEvidence> evidence(List<CivicMatch> matches, TumourType tumour) {
    List<ClinicalEvidence> out = new ArrayList<>();
    for (CivicMatch m : matches) {
      for (CivicEvidence e : m.evidence()) {
        if (!TIERED_TYPES.contains(e.type())
            || !e.supports()
            || e.origin().equalsIgnoreCase("Germline")) {
          continue;
        }
        TypeMatch typeMatch = tumourTypes.match(tumour, e.doid(), e.disease());
        AmpTier tier = tier(e.level(), typeMatch, m.kind());
        if (tier == null) {
          continue;
        }
        out.add(
            new ClinicalEvidence(
                e.type(),
                e.type().equals("Predictive") ? e.therapies() : List.of(),
                e.therapyInteraction(),
                e.significance(),
                e.level(),
                e.disease() + (e.doid().isEmpty() ? "" : " (DOID:" + e.doid() + ")"),
                typeMatch,
                m.kind(),
                m.variant().gene() + " " + m.variant().name(),
                tier,
                e.citation() + ", " + e.reference() + " (CIViC EID" + e.id() + ")",
                e.url()));
      }
    }
    out.sort(
        Comparator.comparing(ClinicalEvidence::tier)
            .thenComparing(ClinicalEvidence::level)
            .thenComparing(ClinicalEvidence::therapy));
    return out;
  }

  /** The tier one item supports, or null when it supports none. */
  static AmpTier tier(String level, TypeMatch typeMatch, MatchKind kind) {
    boolean here = typeMatch != TypeMatch.OTHER;
    AmpTier tier;
    if (here) {
      tier =
          switch (level) {
            case "A" -> AmpTier.IA;
            case "B" -> AmpTier.IB;
            case "C" -> AmpTier.IIC;
            default -> AmpTier.IID;
          };
    } else {
      tier = level.equals("A") || level.equals("B") ? AmpTier.IIC : null;
    }
    if (tier != null && kind == MatchKind.GENE && tier.ordinal() < AmpTier.IIC.ordinal()) {
      tier = AmpTier.IIC;
    }
    return tier;
  }

  /** The finding's tier: its strongest evidence, else III, or IV when (likely) benign. */
  public AmpTier tier(List<ClinicalEvidence> evidence, Oncogenicity oncogenicity) {
    AmpTier best = AmpTier.III;
    for (ClinicalEvidence e : evidence) {
      best = best.stronger(e.tier());
    }
    if (best == AmpTier.III && oncogenicity != null) {
      OncogenicityClass c = oncogenicity.oncogenicityClass();
      if (c == OncogenicityClass.BENIGN || c == OncogenicityClass.LIKELY_BENIGN) {
        return AmpTier.IV;
      }
    }
    return best;
  }
}
