package org.gms.genomics.cancer.oncogenicity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.cancer.input.ProteinChanges;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.SomaticVariant.InSilico;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.cancer.knowledge.CivicEvidence;
import org.gms.genomics.cancer.knowledge.CivicKnowledge;
import org.gms.genomics.cancer.knowledge.CivicMatch;
import org.gms.genomics.cancer.knowledge.GeneRole;
import org.gms.genomics.cancer.knowledge.GeneRoles;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.gms.genomics.cancer.tumourtype.TumourType;

/**
 * Assigns the codes of Horak et al. 2022 that the input and the knowledge allow:
 *
 * <ul>
 *   <li>OVS1: a truncating variant (nonsense, frameshift, canonical splice, start loss) in a tumour
 *       suppressor (IntOGen role LoF);
 *   <li>OS1: CIViC holds the same protein change with accepted evidence of oncogenicity (Oncogenic
 *       type) or level A/B predictive/diagnostic evidence;
 *   <li>OS2: CIViC functional evidence (gain/loss of function, dominant negative, neomorphic) for
 *       the same change;
 *   <li>OS3/OM3/OP3: cancerhotspots residue counts (>=50 at the residue and >=10 same change; <50
 *       and >=10; <10 same change), missense only, at most one of the three; OM3 and OP3 not where
 *       OM1 holds;
 *   <li>OM2: in-frame indel in an oncogene or tumour suppressor, stop-loss in a tumour suppressor;
 *   <li>OM4: another missense at the same residue is established oncogenic in CIViC (as for OS1),
 *       when no hotspot code applies;
 *   <li>OP1/SBP1: SIFT and PolyPhen agree (damaging / benign), when the input has them;
 *   <li>OP4/SBS1/SBVS1: the input's population frequency: absent or 0, above 1%, above 5%;
 *   <li>SBP2: silent and intronic variants (no splicing prediction is available);
 *   <li>OP2: a non-synonymous variant of the gene of a malignancy with a single genetic aetiology,
 *       in that malignancy ({@link #SINGLE_AETIOLOGY}: the paper's example, RB1 in retinoblastoma),
 *       when the tumour type is given;
 *   <li>SBS2: CIViC accepted functional evidence "Unaltered Function" for the same change, when no
 *       functional evidence of an effect (OS2) is held;
 *   <li>OM1: a missense or in-frame change inside a critical functional domain of CIViC ({@link
 *       org.gms.genomics.cancer.knowledge.CriticalDomains}); where it holds, OM3 and OP3 are not
 *       used (Table 2's caveats for those codes); not given with OS1 or OS3 (as PCGR: an
 *       established change or a strong hotspot inside the domain would count the same observation
 *       twice).
 * </ul>
 */
public final class OncogenicityAssessor {

  private static final Set<String> FUNCTIONAL =
      Set.of("Gain of Function", "Loss of Function", "Dominant Negative", "Neomorphic");

  /**
   * Malignancies with a single genetic aetiology (OncoTree code to gene), for OP2. Horak et al.
   * 2022, Table 2, OP2, gives retinoblastoma (bi-allelic RB1 inactivation) as the example; no other
   * is listed until a source for it is curated.
   */
  public static final Map<String, String> SINGLE_AETIOLOGY = Map.of("RBL", "RB1");

  private final GeneRoles roles;
  private final Hotspots hotspots;
  private final CivicKnowledge civic;

  public OncogenicityAssessor(GeneRoles roles, Hotspots hotspots, CivicKnowledge civic) {
    this.roles = roles;
    this.hotspots = hotspots;
    this.civic = civic;
  }

  /** The codes for a variant, given the CIViC entries it already met; no tumour type (no OP2). */
  public List<OncogenicityEvidence> assess(SomaticVariant v, List<CivicMatch> matches) {
    return assess(v, matches, null);
  }

  /**
   * The codes for a variant in a tumour type, given the CIViC entries it already met.
   *
   * @param type the patient's tumour type, or null when not known (then OP2 is not assessed)
   */
  public List<OncogenicityEvidence> assess(
      SomaticVariant v, List<CivicMatch> matches, TumourType type) {
    return assess(v, matches, type, "");
  }

  /**
   * The codes for a variant of an input of a genome build, in a tumour type, given the CIViC
   * entries it already met.
   *
   * @param type the patient's tumour type, or null when not known (then OP2 is not assessed)
   * @param build the input's genome build ({@code GRCh37} lets CIViC's coordinates place a variant
   *     without a protein change in a critical domain), or empty
   */
  public List<OncogenicityEvidence> assess(
      SomaticVariant v, List<CivicMatch> matches, TumourType type, String build) {
    List<OncogenicityEvidence> out = new ArrayList<>();
    GeneRole role = roles.role(v.gene());
    VariantClass c = v.variantClass();
    boolean tsg = role == GeneRole.TUMOUR_SUPPRESSOR;
    if (c.truncating() && tsg) {
      out.add(
          OncogenicityEvidence.of(
              OncogenicityCode.OVS1,
              c.mafName()
                  + " in "
                  + v.gene()
                  + ", a tumour suppressor ("
                  + GeneRoles.VERSION
                  + ")"));
    }
    Optional<CivicEvidence> established =
        CivicMatch.exactEvidence(matches)
            .filter(OncogenicityAssessor::establishesOncogenicity)
            .findFirst();
    if (established.isPresent()) {
      out.add(
          OncogenicityEvidence.of(
              OncogenicityCode.OS1,
              "CIViC EID"
                  + established.get().id()
                  + ": "
                  + established.get().type()
                  + " "
                  + established.get().significance()
                  + " (level "
                  + established.get().level()
                  + ") for "
                  + v.gene()
                  + " "
                  + v.proteinChange()));
    }
    Optional<CivicEvidence> functional =
        CivicMatch.exactEvidence(matches)
            .filter(e -> supportsFunction(e) && FUNCTIONAL.contains(e.significance()))
            .findFirst();
    if (functional.isPresent()) {
      out.add(
          OncogenicityEvidence.of(
              OncogenicityCode.OS2,
              "CIViC EID"
                  + functional.get().id()
                  + ": "
                  + functional.get().significance()
                  + " ("
                  + functional.get().reference()
                  + ")"));
    }
    if (functional.isEmpty()) {
      CivicMatch.exactEvidence(matches)
          .filter(e -> supportsFunction(e) && e.significance().equals("Unaltered Function"))
          .findFirst()
          .ifPresent(
              e ->
                  out.add(
                      OncogenicityEvidence.of(
                          OncogenicityCode.SBS2,
                          "CIViC EID"
                              + e.id()
                              + ": functional studies show unaltered function ("
                              + e.reference()
                              + ")")));
    }
    if (type != null
        && c.nonSynonymous()
        && v.gene().equals(SINGLE_AETIOLOGY.get(type.oncotreeCode()))) {
      out.add(
          OncogenicityEvidence.of(
              OncogenicityCode.OP2,
              v.gene()
                  + " in "
                  + type.name()
                  + ", a malignancy with a single genetic aetiology (Horak et al. 2022, Table 2)"));
    }
    boolean hotspot = false;
    OncogenicityEvidence hotspotCode = null;
    if (c == VariantClass.MISSENSE
        && ProteinChanges.isMissense(v.proteinChange())
        && hotspots.loaded()) {
      var residue = hotspots.residue(v.gene(), v.codon());
      if (residue.isPresent()) {
        int atResidue = residue.get().samples();
        int same = residue.get().samplesWith(ProteinChanges.alternateResidue(v.proteinChange()));
        String counts =
            v.gene()
                + " "
                + ProteinChanges.referenceResidue(v.proteinChange())
                + v.codon()
                + ": "
                + atResidue
                + " samples at the residue, "
                + same
                + " with "
                + v.proteinChange()
                + " (cancerhotspots)";
        hotspot = true;
        if (atResidue >= 50 && same >= 10) {
          hotspotCode = OncogenicityEvidence.of(OncogenicityCode.OS3, counts);
        } else if (same >= 10) {
          hotspotCode = OncogenicityEvidence.of(OncogenicityCode.OM3, counts);
        } else {
          hotspotCode = OncogenicityEvidence.of(OncogenicityCode.OP3, counts);
        }
      }
    }
    Optional<OncogenicityEvidence> domain =
        hotspotCode != null && hotspotCode.code() == OncogenicityCode.OS3 || established.isPresent()
            ? Optional.empty()
            : criticalDomain(v, build);
    domain.ifPresent(out::add);
    if (hotspotCode != null && domain.isEmpty()) {
      out.add(hotspotCode);
    }
    if (c.inFrame() && (tsg || role == GeneRole.ONCOGENE)) {
      out.add(
          OncogenicityEvidence.of(
              OncogenicityCode.OM2,
              c.mafName()
                  + " in "
                  + v.gene()
                  + ", a known "
                  + (tsg ? "tumour suppressor" : "oncogene")));
    } else if (c == VariantClass.NONSTOP && tsg) {
      out.add(
          OncogenicityEvidence.of(
              OncogenicityCode.OM2, "stop-loss in " + v.gene() + ", a tumour suppressor"));
    }
    if (c == VariantClass.MISSENSE
        && !hotspot
        && established.isEmpty()
        && ProteinChanges.isMissense(v.proteinChange())) {
      for (CivicMatch other : civic.sameResidueMissense(v)) {
        Optional<CivicEvidence> e =
            other.evidence().stream()
                .filter(OncogenicityAssessor::establishesOncogenicity)
                .findFirst();
        if (e.isPresent()) {
          out.add(
              OncogenicityEvidence.of(
                  OncogenicityCode.OM4,
                  v.gene()
                      + " "
                      + other.variant().name()
                      + " at the same residue is established (CIViC EID"
                      + e.get().id()
                      + ")"));
          break;
        }
      }
    }
    if (c == VariantClass.MISSENSE && v.inSilico() == InSilico.DAMAGING) {
      out.add(
          OncogenicityEvidence.of(OncogenicityCode.OP1, "SIFT and PolyPhen both predict damaging"));
    } else if (c == VariantClass.MISSENSE && v.inSilico() == InSilico.BENIGN) {
      out.add(OncogenicityEvidence.of(OncogenicityCode.SBP1, "SIFT tolerated and PolyPhen benign"));
    }
    double af = v.populationFrequency();
    if (!Double.isNaN(af)) {
      String f = String.format(Locale.ROOT, "population allele frequency %.4g", af);
      if (af > 0.05) {
        out.add(OncogenicityEvidence.of(OncogenicityCode.SBVS1, f + " > 5%"));
      } else if (af > 0.01) {
        out.add(OncogenicityEvidence.of(OncogenicityCode.SBS1, f + " > 1%"));
      } else if (af == 0) {
        out.add(
            OncogenicityEvidence.of(
                OncogenicityCode.OP4, "absent from the input's population frequency columns"));
      }
    }
    if (c == VariantClass.SILENT || c == VariantClass.INTRON) {
      out.add(OncogenicityEvidence.of(OncogenicityCode.SBP2, c.mafName() + " variant"));
    }
    return out;
  }

  /**
   * OM1: a missense or in-frame change inside a critical domain of CIViC ({@link
   * org.gms.genomics.cancer.knowledge.CriticalDomains}).
   */
  private Optional<OncogenicityEvidence> criticalDomain(SomaticVariant v, String build) {
    VariantClass c = v.variantClass();
    if (c != VariantClass.MISSENSE && !c.inFrame()) {
      return Optional.empty();
    }
    return civic
        .criticalDomains()
        .containing(v, build)
        .map(
            d ->
                OncogenicityEvidence.of(
                    OncogenicityCode.OM1,
                    v.proteinChange()
                        + (v.proteinChange().isEmpty() ? "" : " ")
                        + "in the "
                        + d.describe()
                        + "; accepted CIViC EID"
                        + d.evidence().id()
                        + " ("
                        + d.evidence().type()
                        + ", level "
                        + d.evidence().level()
                        + ", "
                        + d.evidence().disease()
                        + ")"));
  }

  /** Supporting CIViC functional evidence (of whichever effect on the function). */
  private static boolean supportsFunction(CivicEvidence e) {
    return e.type().equals("Functional") && e.supports();
  }

  /** Accepted, supporting CIViC evidence that the change is oncogenic or clinically established. */
  static boolean establishesOncogenicity(CivicEvidence e) {
    if (!e.supports() || e.origin().equalsIgnoreCase("Germline")) {
      return false;
    }
    if (e.type().equals("Oncogenic") && e.significance().equals("Oncogenicity")) {
      return true;
    }
    return (e.type().equals("Predictive") || e.type().equals("Diagnostic"))
        && (e.level().equals("A") || e.level().equals("B"));
  }
}
