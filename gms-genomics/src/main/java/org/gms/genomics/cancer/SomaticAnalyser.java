package org.gms.genomics.cancer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.cancer.actionability.Amp2017Tiers;
import org.gms.genomics.cancer.actionability.AmpTier;
import org.gms.genomics.cancer.actionability.ClinicalEvidence;
import org.gms.genomics.cancer.biomarker.MsiEstimate;
import org.gms.genomics.cancer.biomarker.MsiModel;
import org.gms.genomics.cancer.biomarker.Tmb;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.germline.GermlineClassification;
import org.gms.genomics.cancer.germline.GermlineClassifier;
import org.gms.genomics.cancer.input.CopyNumberCall;
import org.gms.genomics.cancer.input.Fusion;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.cancer.knowledge.CivicEvidence;
import org.gms.genomics.cancer.knowledge.CivicMatch;
import org.gms.genomics.cancer.knowledge.GeneRole;
import org.gms.genomics.cancer.knowledge.KnowledgeSource;
import org.gms.genomics.cancer.oncogenicity.Oncogenicity;
import org.gms.genomics.cancer.oncogenicity.OncogenicityAssessor;
import org.gms.genomics.cancer.oncogenicity.OncogenicityClassifier;
import org.gms.genomics.cancer.tumourtype.TumourType;

/** The engine behind {@link SomaticAnalysis}. */
final class SomaticAnalyser implements SomaticAnalysis {

  private final SomaticSettings settings;
  private final OncogenicityAssessor assessor;
  private final OncogenicityClassifier classifier = OncogenicityClassifier.vicc2022();
  private final Amp2017Tiers tiers;
  private final GermlineClassifier germlineClassifier = GermlineClassifier.acmg();

  SomaticAnalyser(SomaticSettings settings) {
    this.settings = settings;
    this.assessor =
        new OncogenicityAssessor(settings.geneRoles(), settings.hotspots(), settings.civic());
    this.tiers = new Amp2017Tiers(settings.tumourTypes());
  }

  @Override
  public SomaticReport analyse(
      TumourSample sample, TumourType type, List<CopyNumberCall> copyNumber, List<Fusion> fusions) {
    List<String> warnings = new ArrayList<>(sample.warnings());
    List<String> limitations = new ArrayList<>();
    List<SomaticVariant> kept = new ArrayList<>();
    int filtered = 0;
    for (SomaticVariant v : sample.variants()) {
      boolean lowVaf =
          settings.minVaf() > 0 && !Double.isNaN(v.vaf()) && v.vaf() < settings.minVaf();
      boolean lowDepth =
          settings.minDepth() > 0 && v.depth() >= 0 && v.depth() < settings.minDepth();
      if (lowVaf || lowDepth) {
        filtered++;
      } else {
        kept.add(v);
      }
    }
    if (filtered > 0) {
      warnings.add(
          filtered
              + " variants below VAF "
              + settings.minVaf()
              + " or depth "
              + settings.minDepth()
              + " left out");
    }
    List<Finding> findings = new ArrayList<>();
    boolean annotated = kept.stream().anyMatch(v -> v.variantClass() != VariantClass.UNANNOTATED);
    for (SomaticVariant v : kept) {
      if (v.gene().isEmpty()) {
        continue;
      }
      List<CivicMatch> matches = settings.civic().match(v, sample.build());
      GeneRole role = settings.geneRoles().role(v.gene());
      boolean reportable =
          v.variantClass().nonSynonymous()
              || !matches.isEmpty()
              || v.variantClass() == VariantClass.UNANNOTATED && role != GeneRole.NONE;
      if (!reportable) {
        continue;
      }
      Oncogenicity oncogenicity =
          classifier.classify(assessor.assess(v, matches, type, sample.build()));
      List<ClinicalEvidence> evidence = tiers.evidence(matches, type);
      AmpTier tier = tiers.tier(evidence, oncogenicity);
      List<String> flags = new ArrayList<>();
      if (v.gene().equals("BRAF") && v.proteinChange().equals("V600E")) {
        flags.add(
            "BRAF V600E: histology-independent indication (dabrafenib + trametinib, FDA 2022, solid tumours)");
      }
      findings.add(
          new Finding(
              v.gene(),
              v.proteinChange(),
              "snv/indel",
              v.chromosome()
                  + ":"
                  + v.position()
                  + " "
                  + (v.ref().isEmpty() ? "-" : v.ref())
                  + ">"
                  + (v.alt().isEmpty() ? "-" : v.alt()),
              v.variantClass().mafName(),
              v.vaf(),
              v.depth(),
              role.name(),
              oncogenicity,
              tier,
              evidence,
              flags,
              v.source()));
    }
    for (CopyNumberCall call : copyNumber) {
      List<CivicMatch> matches = settings.civic().match(call);
      GeneRole role = settings.geneRoles().role(call.gene());
      if (matches.isEmpty() && role == GeneRole.NONE) {
        continue;
      }
      List<ClinicalEvidence> evidence = tiers.evidence(matches, type);
      findings.add(
          new Finding(
              call.gene(),
              "",
              "cna",
              call.kind() == CopyNumberCall.Kind.AMPLIFICATION
                  ? "amplification"
                      + (call.totalCopies() >= 0 ? " (" + call.totalCopies() + " copies)" : "")
                  : "deep deletion",
              "",
              Double.NaN,
              -1,
              role.name(),
              null,
              tiers.tier(evidence, null),
              evidence,
              List.of(),
              call.source()));
    }
    for (Fusion fusion : fusions) {
      List<CivicMatch> matches = settings.civic().match(fusion);
      List<ClinicalEvidence> evidence = tiers.evidence(matches, type);
      List<String> flags = new ArrayList<>();
      for (String g : List.of(fusion.fivePrime(), fusion.threePrime())) {
        if (g.matches("NTRK[123]")) {
          flags.add(g + " fusion: histology-independent indication (larotrectinib, entrectinib)");
        }
        if (g.equals("RET")) {
          flags.add("RET fusion: histology-independent indication (selpercatinib, FDA 2022)");
        }
      }
      String gene =
          matches.stream()
              .map(m -> m.variant().gene())
              .findFirst()
              .orElse(
                  settings.geneRoles().role(fusion.threePrime()) == GeneRole.NONE
                          && settings.geneRoles().role(fusion.fivePrime()) != GeneRole.NONE
                      ? fusion.fivePrime()
                      : fusion.threePrime());
      findings.add(
          new Finding(
              gene,
              "",
              "fusion",
              fusion.name()
                  + (fusion.supportingReads() >= 0
                      ? " (" + fusion.supportingReads() + " reads)"
                      : ""),
              "",
              Double.NaN,
              -1,
              settings.geneRoles().role(gene).name(),
              null,
              tiers.tier(evidence, null),
              evidence,
              flags,
              fusion.source()));
    }
    findings.sort(
        Comparator.comparing(Finding::tier)
            .thenComparing(f -> f.oncogenicity() == null ? 0 : -f.oncogenicity().points())
            .thenComparing(Finding::gene));

    Tmb tmb = null;
    MsiEstimate msi = null;
    if (settings.territory() == null) {
      limitations.add(
          "TMB and MSI not computed: no assay territory given (--target-bed or --target-mb)");
    } else {
      TmbDefinition definition =
          annotated || kept.isEmpty() ? settings.tmbDefinition() : TmbDefinition.ALL_SOMATIC;
      tmb = Tmb.of(kept, definition, settings.territory());
      msi = MsiModel.estimate(kept, settings.territory());
      if (!annotated && !kept.isEmpty()) {
        limitations.add(
            "The input has no consequence annotation: TMB counts every somatic SNV and indel in the territory, which overstates a coding-only TMB");
      }
    }
    Set<String> histology = new LinkedHashSet<>();
    findings.forEach(f -> histology.addAll(f.flags()));
    if (msi != null && msi.status().equals("MSI-H")) {
      histology.add(
          "MSI-H (estimated): histology-independent indication for immune checkpoint inhibitors (pembrolizumab, dostarlimab for dMMR); confirm by MSI-PCR or MMR immunohistochemistry");
    }
    if (tmb != null && tmb.high()) {
      histology.add(
          String.format(
              Locale.ROOT,
              "TMB-high (%.1f/Mb >= 10): histology-independent indication for pembrolizumab (FDA 2020)",
              tmb.perMb()));
    }
    List<GermlineFinding> germline = germlineFindings(sample, limitations);
    if (!settings.hotspots().loaded()) {
      limitations.add(
          "No cancer hotspots file given (--hotspots): oncogenicity codes OS3, OM3 and OP3 not assessed");
    }
    limitations.add(
        "Oncogenicity code OM1 is not computed, OP2 only for RB1 in retinoblastoma, SBS2 only from CIViC functional evidence of unaltered function; CIViC molecular profiles that combine variants are not matched");
    if (type.doid().isEmpty()) {
      limitations.add(
          "Tumour type "
              + type.given()
              + " has no Disease Ontology id: only pan-cancer evidence is tiered in this tumour type");
    }
    List<KnowledgeSource> knowledge = new ArrayList<>();
    knowledge.add(settings.civic().source());
    knowledge.add(settings.geneRoles().source());
    if (settings.hotspots().loaded()) {
      knowledge.add(settings.hotspots().source());
    }
    knowledge.add(new KnowledgeSource("OncoTree", "2025_10_03", "CC BY 4.0"));
    knowledge.add(new KnowledgeSource("Disease Ontology", "2026-07-31", "CC0 1.0"));
    knowledge.add(new KnowledgeSource("oncoPhenoMap OncoTree-DOID map", "2022-07-27", "MIT"));
    List<String> guidelines = new ArrayList<>(List.of(classifier.guideline(), tiers.guideline()));
    if (!sample.germline().isEmpty()) {
      knowledge.add(germlineClassifier.genes().source());
      guidelines.add(
          "Germline: ACMG/AMP (Richards et al., Genet Med 2015) by "
              + germlineClassifier.guideline());
    }
    return new SomaticReport(
        sample.name(),
        type,
        sample.build(),
        sample.variants().size(),
        findings,
        new Biomarkers(tmb, msi),
        List.copyOf(histology),
        germline,
        knowledge,
        guidelines,
        warnings,
        limitations);
  }

  /**
   * The germline variants in cancer predisposition genes classified by ACMG; the pathogenic and
   * likely pathogenic ones are reported, the others counted in the limitations.
   */
  private List<GermlineFinding> germlineFindings(TumourSample sample, List<String> limitations) {
    List<GermlineFinding> germline = new ArrayList<>();
    if (sample.germline().isEmpty()) {
      return germline;
    }
    int notReported = 0;
    int unannotated = 0;
    for (SomaticVariant g : sample.germline()) {
      if (germlineClassifier.genes().of(g.gene()).isEmpty()) {
        continue;
      }
      Optional<GermlineClassification> c = germlineClassifier.classify(g);
      if (c.isEmpty()) {
        unannotated++;
        continue;
      }
      if (!c.get().reportable()) {
        notReported++;
        continue;
      }
      String ev =
          CivicMatch.exactEvidence(settings.civic().match(g, sample.build()))
              .filter(e -> e.type().equals("Predisposing") && e.supports())
              .map(e -> "CIViC EID" + e.id() + " " + e.significance() + " (" + e.disease() + ")")
              .findFirst()
              .orElse("");
      germline.add(
          new GermlineFinding(
              g.gene(),
              g.proteinChange(),
              g.chromosome()
                  + ":"
                  + g.position()
                  + " "
                  + (g.ref().isEmpty() ? "-" : g.ref())
                  + ">"
                  + (g.alt().isEmpty() ? "-" : g.alt()),
              g.variantClass().mafName(),
              ev,
              c.get().acmgClass().abbreviation(),
              c.get().codes()));
    }
    limitations.add(
        "Germline variants in "
            + germlineClassifier.genes().symbols().size()
            + " cancer predisposition genes are classified by the ACMG engine from the input's"
            + " annotation alone (no segregation, case, functional or ClinVar evidence): "
            + germline.size()
            + " pathogenic/likely pathogenic reported, "
            + notReported
            + " of uncertain significance or benign not listed"
            + (unannotated > 0 ? ", " + unannotated + " without annotation not classified" : "")
            + "; confirm reportable findings in an accredited germline laboratory");
    return germline;
  }

  /** Unused by the engine; kept for readers of evidence lists. */
  static boolean predictive(CivicEvidence e) {
    return e.type().equals("Predictive");
  }
}
