package org.gms.server.oncology.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gms.genomics.cancer.Finding;
import org.gms.genomics.cancer.GermlineFinding;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.actionability.ClinicalEvidence;
import org.gms.server.oncology.CnaCall;
import org.gms.server.oncology.ReportedFinding;
import org.gms.server.oncology.VariantCategory;

/**
 * What a somatic run found, as stored with the run: the engine's findings (tier I/II first, as the
 * engine orders them), biomarkers and germline findings, each finding under a key the tumour
 * board's decisions refer to.
 */
record SomaticResult(
    String sample,
    String oncotreeCode,
    String tumourType,
    int variantsRead,
    List<Item> findings,
    Tmb tmb,
    Msi msi,
    List<Germline> germline,
    List<String> knowledge,
    List<String> warnings,
    List<String> limitations) {

  SomaticResult {
    findings = List.copyOf(findings);
    germline = List.copyOf(germline);
    knowledge = List.copyOf(knowledge);
    warnings = List.copyOf(warnings);
    limitations = List.copyOf(limitations);
  }

  /**
   * One finding.
   *
   * @param key {@code kind:gene:alteration}, unique within the run
   * @param tier the AMP tier with level, e.g. {@code IA}, {@code IIC}, {@code III}
   */
  record Item(
      String key,
      String gene,
      String proteinChange,
      String kind,
      String alteration,
      String variantClass,
      Double vaf,
      int depth,
      String tier,
      String tierDescription,
      String oncogenicity,
      Integer oncogenicityPoints,
      List<Evidence> evidence,
      List<String> flags) {

    Item {
      evidence = List.copyOf(evidence);
      flags = List.copyOf(flags);
    }

    /** The tier without its level: I, II, III or IV. */
    String tierGroup() {
      return tier.startsWith("IV")
          ? "IV"
          : tier.startsWith("III") ? "III" : tier.replaceAll("[A-D]$", "");
    }

    boolean actionable() {
      return tierGroup().equals("I") || tierGroup().equals("II");
    }

    ReportedFinding reported(boolean germline) {
      VariantCategory category =
          switch (kind) {
            case "cna" -> VariantCategory.CNA;
            case "fusion" -> VariantCategory.FUSION;
            default -> VariantCategory.MUTATION;
          };
      CnaCall call = null;
      if (category == VariantCategory.CNA) {
        String a = alteration.toLowerCase(Locale.ROOT);
        call =
            a.contains("amplif")
                ? CnaCall.HIGH_LEVEL_AMPLIFICATION
                : a.contains("gain")
                    ? CnaCall.GAIN
                    : a.contains("deep") || a.contains("homozygous") || a.contains("deletion")
                        ? CnaCall.HOMOZYGOUS_DELETION
                        : CnaCall.HETEROZYGOUS_DELETION;
      }
      List<String> genes = new ArrayList<>();
      String fusion = "";
      if (category == VariantCategory.FUSION) {
        fusion = alteration.replaceAll("\\s.*$", "");
        for (String g : fusion.split("::")) {
          genes.add(g);
        }
      }
      return new ReportedFinding(
          gene,
          proteinChange,
          category,
          call,
          fusion,
          genes,
          variantClass,
          tierGroup(),
          vaf == null ? Double.NaN : vaf,
          oncogenicity,
          germline);
    }
  }

  /** One piece of clinical evidence (CIViC) behind a finding's tier. */
  record Evidence(
      String type,
      List<String> therapies,
      String response,
      String level,
      String disease,
      String typeMatch,
      String tier,
      String citation,
      String url) {
    Evidence {
      therapies = List.copyOf(therapies);
    }

    boolean resistance() {
      return response != null && response.toLowerCase(Locale.ROOT).contains("resist");
    }
  }

  record Tmb(double perMb, int mutations, double territoryMb, String definition, boolean high) {}

  record Msi(String status, double score, double threshold, String method) {}

  record Germline(
      String gene, String proteinChange, String alteration, String variantClass, String evidence) {}

  static SomaticResult of(SomaticReport report) {
    List<Item> items = new ArrayList<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Finding f : report.findings()) {
      String key = f.kind() + ":" + f.gene() + ":" + f.alteration();
      for (int n = 2; !keys.add(key); n++) {
        key = f.kind() + ":" + f.gene() + ":" + f.alteration() + "#" + n;
      }
      items.add(
          new Item(
              key,
              f.gene(),
              f.proteinChange() == null ? "" : f.proteinChange(),
              f.kind(),
              f.alteration(),
              f.variantClass() == null ? "" : f.variantClass(),
              Double.isNaN(f.vaf()) ? null : f.vaf(),
              f.depth(),
              f.tier().name(),
              f.tier().description(),
              f.oncogenicity() == null ? "" : f.oncogenicity().oncogenicityClass().label(),
              f.oncogenicity() == null ? null : f.oncogenicity().points(),
              f.evidence().stream().map(SomaticResult::evidence).toList(),
              f.flags()));
    }
    var b = report.biomarkers();
    return new SomaticResult(
        report.sample(),
        report.tumourType().oncotreeCode(),
        report.tumourType().name(),
        report.variantsRead(),
        items,
        b == null || b.tmb() == null
            ? null
            : new Tmb(
                b.tmb().perMb(),
                b.tmb().mutations(),
                b.tmb().territoryMb(),
                b.tmb().definition(),
                b.tmb().high()),
        b == null || b.msi() == null
            ? null
            : new Msi(b.msi().status(), b.msi().score(), b.msi().threshold(), b.msi().method()),
        report.germline().stream().map(SomaticResult::germline).toList(),
        report.knowledge().stream()
            .map(k -> k.name() + " " + k.version() + " (" + k.licence() + ")")
            .toList(),
        report.warnings(),
        report.limitations());
  }

  private static Evidence evidence(ClinicalEvidence e) {
    return new Evidence(
        e.type(),
        e.therapies(),
        e.response(),
        e.level(),
        e.disease(),
        e.typeMatch() == null ? "" : e.typeMatch().name(),
        e.tier() == null ? "" : e.tier().name(),
        e.citation(),
        e.url());
  }

  private static Germline germline(GermlineFinding g) {
    return new Germline(
        g.gene(), g.proteinChange(), g.alteration(), g.variantClass(), g.evidence());
  }
}
