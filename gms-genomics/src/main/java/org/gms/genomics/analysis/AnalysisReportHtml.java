package org.gms.genomics.analysis;

import static org.gms.genomics.report.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gms.genomics.interpretation.Candidate;
import org.gms.genomics.interpretation.CandidateVariant;
import org.gms.genomics.interpretation.ClassifiedVariant;
import org.gms.genomics.interpretation.FilterStep;
import org.gms.genomics.interpretation.InterpretationResult;
import org.gms.genomics.interpretation.RankedCandidate;
import org.gms.genomics.interpretation.Tier;
import org.gms.genomics.interpretation.acmg.Evidence;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;
import org.gms.genomics.phenotype.DiseaseMatch;
import org.gms.genomics.phenotype.GeneMatch;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.MatchKind;
import org.gms.genomics.phenotype.TermMatch;
import org.gms.genomics.report.Html;

/**
 * The analysis as one self-contained HTML page for the clinical scientist and the clinician: who
 * was tested, what was looked for, the ranked candidates with genotypes, HGVS, ACMG class and the
 * evidence behind it, and which of the patient's features each candidate gene's disease explains.
 */
public final class AnalysisReportHtml {

  /** Excluded features a disease expects, listed before the rest are only counted. */
  private static final int SHOWN_ABSENT = 5;

  private AnalysisReportHtml() {}

  public static String render(AnalysisReport report, int maxCandidates) {
    InterpretationResult result = report.interpretation();
    StringBuilder html = new StringBuilder(128 * 1024);
    Html.openPage(
        html,
        "Rare-disease analysis",
        result.proband(),
        ".tier{font-weight:600} td.num{text-align:right}");
    html.append("<p class=\"muted\">Input ")
        .append(escape(report.vcf()))
        .append(" (")
        .append(report.build().name())
        .append(")<br>Genes: ")
        .append(escape(result.scope()))
        .append("<br>Classification: ")
        .append(escape(result.guideline()))
        .append("</p>\n");
    family(html, report);
    report.phenotype().ifPresent(p -> phenotype(html, p));
    candidates(html, report, maxCandidates);
    funnel(html, report);
    warnings(html, report.warnings());
    return Html.closePage(
        html,
        "Only small variants in the VCF are assessed; structural and copy number variants, repeat"
            + " expansions and regions the test did not cover are not seen. Evidence codes are"
            + " those that can be computed from the data given; a clinical scientist reviews each"
            + " candidate before anything is reported.");
  }

  private static void family(StringBuilder html, AnalysisReport report) {
    html.append("<h2>Family</h2><table><tr><th>Individual</th><th>Sex</th><th>Status</th>")
        .append("<th>Father</th><th>Mother</th><th>Sequenced</th></tr>\n");
    for (PedigreeMember member : report.family().members()) {
      html.append(
              Html.row(
                  escape(member.id())
                      + (member.id().equals(report.interpretation().proband()) ? " (proband)" : ""),
                  lower(member.sex().name()),
                  lower(member.status().name()),
                  escape(orDash(member.fatherId())),
                  escape(orDash(member.motherId())),
                  report.family().sequenced().contains(member.id()) ? "yes" : "no"))
          .append('\n');
    }
    html.append("</table>\n");
  }

  private static void phenotype(StringBuilder html, PhenotypeMatching.Result result) {
    html.append("<h2>Phenotype</h2><p>Observed: ")
        .append(terms(result, result.phenotype().phenotype().observed()));
    html.append("<br><span class=\"muted\">Gene ranking by ")
        .append(escape(result.algorithm()))
        .append("; best genes on phenotype alone: ")
        .append(
            escape(
                result.ranking().top(10).stream()
                    .map(g -> g.gene().symbol())
                    .collect(Collectors.joining(", "))))
        .append("</span></p>\n");
    List<HpoTermId> excluded = result.phenotype().phenotype().excluded();
    if (!excluded.isEmpty()) {
      html.append("<details><summary>Excluded (looked for and absent): ")
          .append(excluded.size())
          .append(excluded.size() == 1 ? " feature" : " features")
          .append("</summary><p>")
          .append(terms(result, excluded))
          .append("</p></details>\n");
    }
    if (!result.phenotype().notes().isEmpty()) {
      html.append("<ul>");
      result
          .phenotype()
          .notes()
          .forEach(n -> html.append("<li>").append(escape(n)).append("</li>"));
      html.append("</ul>\n");
    }
  }

  private static String terms(PhenotypeMatching.Result result, List<HpoTermId> ids) {
    return ids.stream()
        .map(id -> escape(result.ontology().name(id)) + " <span class=\"muted\">" + id + "</span>")
        .collect(Collectors.joining("; "));
  }

  private static void candidates(StringBuilder html, AnalysisReport report, int max) {
    List<RankedCandidate> ranked = report.interpretation().candidates();
    html.append("<h2>Candidates</h2>\n");
    if (ranked.isEmpty()) {
      html.append("<p>No variant passed the filters and fitted a mode of inheritance.</p>\n");
      return;
    }
    html.append("<p class=\"muted\">")
        .append(ranked.size())
        .append(ranked.size() == 1 ? " candidate" : " candidates")
        .append(ranked.size() > max ? "; the best " + max + " are shown" : "")
        .append(". Tier 1 and 2 need a panel; gene-agnostic candidates are tier 3.</p>\n");
    html.append("<table><tr><th>#</th><th>Tier</th><th>Gene</th><th>Variant</th>")
        .append(
            "<th>Genotypes</th><th>Inheritance</th><th>ACMG</th><th>Phenotype match</th></tr>\n");
    for (RankedCandidate candidate : ranked.stream().limit(max).toList()) {
      row(html, candidate, report);
    }
    html.append("</table>\n");
  }

  private static void row(StringBuilder html, RankedCandidate ranked, AnalysisReport report) {
    Candidate candidate = ranked.candidate();
    html.append("<tr><td class=\"num\">")
        .append(ranked.rank())
        .append("</td><td class=\"tier\">")
        .append(tier(ranked.tier()))
        .append("</td><td>")
        .append(escape(candidate.gene()))
        .append("</td><td>");
    for (ClassifiedVariant variant : candidate.variants()) {
      CandidateVariant v = variant.candidate();
      html.append(escape(orDash(v.hgvsc())))
          .append("<br>")
          .append(escape(v.hgvsp() == null ? "" : v.hgvsp()))
          .append("<br><span class=\"muted\">")
          .append(escape(v.variant().toString()))
          .append("<br>")
          .append(escape(String.join(", ", v.consequences().stream().sorted().toList())))
          .append(
              v.haplotype() == null
                  ? ""
                  : "<br>haplotype: " + escape(v.haplotype().reason(v.consequences())))
          .append(v.reported() == null ? "" : "<br>" + escape(v.reported().toString()))
          .append("</span><br>");
    }
    html.append("</td><td>");
    for (ClassifiedVariant variant : candidate.variants()) {
      for (PedigreeMember member : report.family().members()) {
        variant
            .candidate()
            .family()
            .call(member.id())
            .ifPresent(
                call ->
                    html.append(escape(member.id()))
                        .append(": ")
                        .append(AnalysisReportJson.genotype(call))
                        .append("<br>"));
      }
    }
    html.append("</td><td>")
        .append(escape(lower(candidate.inheritance().pattern().name())))
        .append(" (")
        .append(escape(lower(candidate.inheritance().fit().name())))
        .append(")<br><span class=\"muted\">")
        .append(escape(candidate.inheritance().reason()))
        .append("</span></td><td>");
    for (ClassifiedVariant variant : candidate.variants()) {
      html.append("<strong>")
          .append(escape(variant.classification().acmgClass().displayName()))
          .append("</strong><br>");
      for (Evidence evidence : variant.classification().evidence()) {
        html.append(escape(evidence.label()))
            .append(": <span class=\"muted\">")
            .append(escape(evidence.reason()))
            .append("</span><br>");
      }
    }
    html.append("</td><td>");
    phenotypeMatch(html, report, candidate.gene());
    html.append("</td></tr>\n");
  }

  private static void phenotypeMatch(StringBuilder html, AnalysisReport report, String gene) {
    if (report.phenotype().isEmpty()) {
      html.append("<span class=\"muted\">no HPO terms given</span>");
      return;
    }
    Optional<GeneMatch> match = Optional.ofNullable(report.phenotype().get().genes().get(gene));
    if (match.isEmpty() || match.get().diseases().isEmpty()) {
      html.append("<span class=\"muted\">no disease annotated to this gene in HPO</span>");
      return;
    }
    DiseaseMatch best = match.get().diseases().get(0);
    html.append("Rank ")
        .append(match.get().rank())
        .append(" on phenotype<br>")
        .append(best.name().isEmpty() ? "" : escape(best.name()) + " ")
        .append("<span class=\"muted\">")
        .append(escape(best.disease().toString()))
        .append("</span><br>");
    int absent = 0;
    for (TermMatch term : best.terms()) {
      if (term.kind() == MatchKind.EXCLUDED_BUT_EXPECTED && ++absent > SHOWN_ABSENT) {
        continue;
      }
      String line = termLine(term);
      if (!line.isEmpty()) {
        html.append(line).append("<br>");
      }
    }
    if (absent > SHOWN_ABSENT) {
      html.append("<span class=\"warn\">and ")
          .append(absent - SHOWN_ABSENT)
          .append(" more absent, though expected</span>");
    }
  }

  /**
   * One patient term against the disease: observed terms all, with a tick when the disease explains
   * them; of the excluded terms only those the disease would have led one to expect.
   */
  private static String termLine(TermMatch term) {
    String name = escape(term.patientTermName());
    return switch (term.kind()) {
      case EXACT -> "&#10003; " + name;
      case DISEASE_TERM_MORE_SPECIFIC, PATIENT_TERM_MORE_SPECIFIC, RELATED ->
          "&#10003; "
              + name
              + " <span class=\"muted\">via "
              + escape(term.diseaseTermName())
              + "</span>";
      case NOT_EXPLAINED -> "&#10007; " + name + " <span class=\"muted\">not explained</span>";
      case CONTRADICTED -> "&#10007; " + name + " <span class=\"warn\">not a feature of it</span>";
      case EXCLUDED_BUT_EXPECTED ->
          "&#10007; " + name + " <span class=\"warn\">absent, though expected</span>";
      case EXCLUDED_AS_EXPECTED, EXCLUDED_NOT_EXPECTED -> "";
    };
  }

  private static void funnel(StringBuilder html, AnalysisReport report) {
    AnalysisReport.Counts counts = report.counts();
    html.append("<h2>How the variants were narrowed down</h2><p>")
        .append(String.format(Locale.ROOT, "%,d", counts.records()))
        .append(" records; ")
        .append(String.format(Locale.ROOT, "%,d", counts.carried()))
        .append(" alleles carried by a sequenced family member were annotated, giving ")
        .append(String.format(Locale.ROOT, "%,d", counts.candidates()))
        .append(" allele-gene pairs.</p><table><tr><th>Filter</th><th>Kept</th><th>Removed</th>")
        .append("<th>For example</th></tr>\n");
    for (FilterStep step : report.interpretation().funnel()) {
      html.append("<tr><td>")
          .append(escape(step.filter()))
          .append("</td><td class=\"num\">")
          .append(step.kept())
          .append("</td><td class=\"num\">")
          .append(step.removed())
          .append("</td><td class=\"muted\">")
          .append(escape(orDash(step.example())))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void warnings(StringBuilder html, List<String> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    html.append("<h2>Warnings</h2><ul>");
    warnings.forEach(w -> html.append("<li class=\"warn\">").append(escape(w)).append("</li>"));
    html.append("</ul>\n");
  }

  private static String tier(Tier tier) {
    return tier == Tier.UNTIERED ? "untiered" : "Tier " + tier.name().substring(5);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
