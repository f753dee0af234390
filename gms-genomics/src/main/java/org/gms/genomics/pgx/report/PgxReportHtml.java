package org.gms.genomics.pgx.report;

import static org.gms.genomics.report.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gms.genomics.pgx.GeneReport;
import org.gms.genomics.pgx.GeneReport.Interpretation;
import org.gms.genomics.pgx.PgxReport;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.diplotype.GeneCall;
import org.gms.genomics.pgx.phenotype.AlleleFunction;
import org.gms.genomics.pgx.phenotype.PhenotypeCall;
import org.gms.genomics.pgx.recommendation.DrugRecommendation;
import org.gms.genomics.report.Html;

/**
 * A self-contained HTML page of a {@link PgxReport} for people: genotype summary, the
 * recommendations that apply, and what limits the result. Every value is escaped.
 */
public final class PgxReportHtml {

  /**
   * The genotype summary's columns for a called gene: diplotype, allele function, phenotype and
   * activity score, one line for each diplotype the data fit.
   */
  private static final List<Function<Interpretation, String>> DIPLOTYPE_COLUMNS =
      List.of(
          i -> i.diplotype().name(),
          i -> i.primary().map(PgxReportHtml::functions).orElse("-"),
          i -> i.primary().map(p -> orDash(p.phenotype())).orElse("-"),
          i -> i.primary().map(p -> orDash(p.activityScore())).orElse("-"));

  private PgxReportHtml() {}

  public static String render(PgxReport report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    Html.openPage(html, "Pharmacogenomic report", report.sample(), "");
    html.append("<p class=\"muted\">Input: ")
        .append(escape(report.input() == null ? "-" : report.input()))
        .append("<br>Data: ")
        .append(
            escape(
                report.dataVersions().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("; "))))
        .append("</p>\n");
    genes(html, report);
    recommendations(html, report.recommendations());
    notes(html, report);
    return Html.closePage(
        html,
        "Calls come from the positions in the allele definitions only; variants elsewhere,"
            + " structural variants and copy number are not seen. Genes marked as needing an"
            + " outside call (CYP2D6, HLA) are not called from the VCF. Where unphased data fit"
            + " several diplotypes equally, all are listed. Recommendations are those of the CPIC"
            + " and DPWG guidelines as annotated by ClinPGx; they support, and do not replace,"
            + " clinical judgement.");
  }

  private static void genes(StringBuilder html, PgxReport report) {
    html.append("<h2>Genotype summary</h2>\n<table><thead><tr><th>Gene</th><th>Diplotype</th>")
        .append("<th>Allele function</th><th>Phenotype (CPIC)</th><th>Activity score</th>")
        .append("<th>Missing positions</th></tr></thead><tbody>\n");
    for (GeneReport gene : report.genes()) {
      GeneCall call = gene.call();
      html.append("<tr><td>").append(escape(gene.gene())).append("</td>");
      if (!call.callable()) {
        html.append("<td colspan=\"4\" class=\"muted\">Not called: ")
            .append(escape(call.reason()))
            .append("</td>");
      } else {
        for (Function<Interpretation, String> column : DIPLOTYPE_COLUMNS) {
          html.append("<td>");
          appendLines(html, gene.interpretations().stream().map(column).toList());
          html.append("</td>");
        }
      }
      html.append("<td>").append(missing(call.missingPositions()));
      if (call.missingPositionsEffect() != null) {
        html.append("<br><span class=\"muted\">")
            .append(escape(call.missingPositionsEffect()))
            .append("</span>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void recommendations(StringBuilder html, List<DrugRecommendation> recs) {
    html.append("<h2>Prescribing recommendations</h2>\n");
    if (recs.isEmpty()) {
      html.append("<p>No recommendation applies.</p>\n");
      return;
    }
    html.append("<table><thead><tr><th>Drug</th><th>Source</th><th>Genotype</th>")
        .append("<th>Recommendation</th><th>Strength</th><th>Implications</th></tr></thead>")
        .append("<tbody>\n");
    for (DrugRecommendation rec : recs) {
      html.append("<tr><td>")
          .append(escape(rec.drug()))
          .append(
              rec.population() == null || rec.population().equals("general")
                  ? ""
                  : "<br><span class=\"muted\">" + escape(rec.population()) + "</span>")
          .append("</td><td><a href=\"")
          .append(escape(rec.url() == null ? "#" : rec.url()))
          .append("\">")
          .append(escape(rec.source().name()))
          .append("</a></td><td>")
          .append(escape(genotype(rec)))
          .append("</td><td class=\"text\">")
          .append(escape(rec.recommendation()))
          .append("</td><td>")
          .append(escape(orDash(rec.strength())))
          .append("</td><td class=\"text\">")
          .append(escape(String.join("\n", rec.implications())))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void notes(StringBuilder html, PgxReport report) {
    List<String> notes =
        report.genes().stream()
            .flatMap(
                g ->
                    java.util.stream.Stream.concat(g.call().notes().stream(), g.notes().stream())
                        .map(n -> g.gene() + ": " + n))
            .toList();
    if (notes.isEmpty() && report.messages().isEmpty()) {
      return;
    }
    html.append("<h2>Notes</h2><ul>\n");
    for (String note : notes) {
      html.append("<li>").append(escape(note)).append("</li>\n");
    }
    for (String message : report.messages()) {
      html.append("<li class=\"warn\">").append(escape(message)).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String genotype(DrugRecommendation rec) {
    return rec.genes().stream()
        .map(
            gene ->
                gene
                    + " "
                    + String.join(" or ", rec.diplotypes().getOrDefault(gene, List.of("no result")))
                    + lookup(rec.lookupKeys(), gene))
        .collect(Collectors.joining("; "));
  }

  private static String lookup(Map<String, List<String>> keys, String gene) {
    List<String> values = keys.get(gene);
    return values == null ? "" : " (" + String.join(", ", values) + ")";
  }

  private static String functions(PhenotypeCall call) {
    return call.alleles().stream()
        .map(AlleleFunction::function)
        .map(PgxReportHtml::orDash)
        .collect(Collectors.joining(" / "));
  }

  private static String missing(List<DefinedPosition> positions) {
    if (positions.isEmpty()) {
      return "none";
    }
    String shown =
        positions.stream().limit(12).map(DefinedPosition::label).collect(Collectors.joining(", "));
    return escape(positions.size() + ": " + shown + (positions.size() > 12 ? ", ..." : ""));
  }

  private static void appendLines(StringBuilder html, List<String> lines) {
    html.append(lines.stream().map(Html::escape).collect(Collectors.joining("<br>")));
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
