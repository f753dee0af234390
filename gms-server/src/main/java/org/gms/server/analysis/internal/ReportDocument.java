package org.gms.server.analysis.internal;

import static org.gms.genomics.report.Html.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gms.genomics.report.Html;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.Patient;
import tools.jackson.databind.JsonNode;

/**
 * The result report for the requesting clinician, as one printable page of well-formed XHTML (so
 * that the PDF renderer reads the same document the browser shows).
 */
final class ReportDocument {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

  private ReportDocument() {}

  /** The order's HPO terms by name, as a clinician reads them: "Seizure (HP:0001250); ...". */
  static String features(java.util.List<String> ids) {
    org.gms.genomics.phenotype.HpoOntology ontology =
        org.gms.genomics.phenotype.PhenotypeKnowledge.bundled().ontology();
    java.util.List<String> named = new java.util.ArrayList<>();
    for (String id : ids) {
      String name = "";
      try {
        org.gms.genomics.phenotype.HpoTermId term = org.gms.genomics.phenotype.HpoTermId.parse(id);
        java.util.List<org.gms.genomics.phenotype.HpoTermId> current =
            ontology.resolve(term).candidates();
        if (current.size() == 1) {
          name = ontology.name(current.get(0));
        }
      } catch (IllegalArgumentException e) {
        name = "";
      }
      named.add(name.isEmpty() ? id : name + " (" + id + ")");
    }
    return String.join("; ", named);
  }

  static String render(
      TestOrder order,
      Patient patient,
      JsonNode reported,
      String conclusion,
      String scope,
      String guideline,
      JsonNode dataVersions,
      String signature,
      Instant at,
      java.util.List<String> unreportedWarnings) {
    StringBuilder html = new StringBuilder(32 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<title>Genomic test report: ")
        .append(escape(patient.name()))
        .append("</title><style>")
        .append(Html.STYLE)
        .append("</style></head><body>\n<h1>Genomic test report</h1>\n");
    html.append("<table><tr><th>Patient</th><td>")
        .append(escape(patient.name()))
        .append("</td><th>NHS number</th><td>")
        .append(escape(patient.nhsNumber().formatted()))
        .append("</td></tr><tr><th>Date of birth</th><td>")
        .append(patient.dateOfBirth())
        .append("</td><th>Sex</th><td>")
        .append(patient.sex().name().toLowerCase(java.util.Locale.ROOT))
        .append("</td></tr><tr><th>Clinical indication</th><td>")
        .append(escape(order.indication() + " " + order.indicationName()))
        .append("</td><th>Test</th><td>")
        .append(escape(order.test() + " (" + order.testMethod() + ")"))
        .append("</td></tr><tr><th>Requested by</th><td>")
        .append(escape(order.requester() + ", " + order.requesterOrganisation()))
        .append("</td><th>Laboratory</th><td>")
        .append(escape(order.laboratory()))
        .append("</td></tr><tr><th>Order</th><td>")
        .append(order.id())
        .append(" (")
        .append(escape(order.requestKey()))
        .append(")</td><th>Requested</th><td>")
        .append(WHEN.format(order.requestedAt()))
        .append("</td></tr></table>\n");
    if (!order.hpoTerms().isEmpty()) {
      html.append("<p><strong>Clinical features:</strong> ")
          .append(escape(features(order.hpoTerms())))
          .append("</p>\n");
    }
    if (!unreportedWarnings.isEmpty()) {
      html.append(
              "<div class=\"warning\" style=\"border:2px solid #b00020;padding:0.5em;\">"
                  + "<strong>Not in this report: ")
          .append(unreportedWarnings.size())
          .append(" Tier 1/2 candidate(s)</strong><ul>");
      for (String warning : unreportedWarnings) {
        html.append("<li>").append(escape(warning)).append("</li>");
      }
      html.append("</ul><p>Tick them to report them, or confirm leaving them out when")
          .append(" authorising.</p></div>\n");
    }
    html.append("<h2>Result</h2><p>").append(escape(conclusion)).append("</p>\n");
    if (reported.isEmpty() && !unreportedWarnings.isEmpty()) {
      html.append("<p>No variant is selected for this report; the Tier 1/2 candidates listed")
          .append(" above are not included.</p>\n");
    } else if (reported.isEmpty()) {
      html.append("<p>No reportable variant was found.</p>\n");
    } else {
      html.append("<table><tr><th>Gene</th><th>Variant</th><th>Zygosity</th>")
          .append("<th>Inheritance</th><th>Classification</th><th>Comment</th></tr>\n");
      for (JsonNode candidate : reported) {
        JsonNode variant = candidate.path("variants").path(0);
        html.append("<tr><td>")
            .append(escape(candidate.path("gene").asString()))
            .append("</td><td>")
            .append(escape(variant.path("hgvsc").asString("")))
            .append("<br/>")
            .append(escape(variant.path("hgvsp").asString("")))
            .append("<br/><span class=\"muted\">")
            .append(escape(variant.path("chrom").asString() + ":" + variant.path("pos").asLong()))
            .append(" ")
            .append(escape(variant.path("ref").asString() + ">" + variant.path("alt").asString()))
            .append(" GRCh38</span></td><td>");
        // the proband first; the stored result (jsonb) keeps no key order
        String proband = candidate.path("proband").asString("");
        JsonNode genotypes = variant.path("genotypes");
        if (genotypes.has(proband)) {
          html.append(escape(proband))
              .append(" (proband): ")
              .append(escape(genotypes.path(proband).asString()))
              .append("<br/>");
        }
        genotypes
            .properties()
            .forEach(
                e -> {
                  if (!e.getKey().equals(proband)) {
                    html.append(escape(e.getKey()))
                        .append(": ")
                        .append(escape(e.getValue().asString()))
                        .append("<br/>");
                  }
                });
        html.append("</td><td>")
            .append(
                escape(
                    candidate
                        .path("inheritance")
                        .path("pattern")
                        .asString("")
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ')))
            .append("</td><td><strong>")
            .append(escape(ReportFhir.SIGNIFICANCE.get(candidate.path("finalClass").asString())[1]))
            .append("</strong><br/><span class=\"muted\">evidence: ")
            .append(escape(evidence(variant)))
            .append("</span></td><td>")
            .append(escape(candidate.path("comment").asString("")))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("<h2>Method</h2><p>")
        .append(escape(order.testMethod()))
        .append(" analysis of ")
        .append(escape(scope))
        .append("; variants classified with ")
        .append(escape(guideline))
        .append(" and reviewed by a clinical scientist.</p>\n");
    knowledge(html, dataVersions);
    html.append(
            "<h2>Limitations</h2><p>Small variants in the analysed genes are assessed; structural")
        .append(" and copy number variants, repeat expansions and regions not covered by the test")
        .append(
            " are not. Classifications reflect current knowledge and may change; the laboratory")
        .append(" re-examines results when knowledge changes.</p>\n")
        .append("<p>")
        .append(escape(signature))
        .append(" on ")
        .append(WHEN.format(at))
        .append(".</p>\n</body></html>\n");
    return html.toString();
  }

  /** What the analysis used, each with its version (absent in results of earlier releases). */
  private static void knowledge(StringBuilder html, JsonNode dataVersions) {
    if (dataVersions == null || dataVersions.isEmpty()) {
      return;
    }
    html.append("<table><tr><th>Knowledge and software used</th><th>Version</th></tr>\n");
    dataVersions
        .properties()
        .forEach(
            e ->
                html.append("<tr><td>")
                    .append(escape(e.getKey()))
                    .append("</td><td>")
                    .append(escape(e.getValue().asString()))
                    .append("</td></tr>\n"));
    html.append("</table>\n");
  }

  private static String evidence(JsonNode variant) {
    StringBuilder codes = new StringBuilder();
    for (JsonNode code : variant.path("acmg").path("evidence")) {
      codes.append(codes.isEmpty() ? "" : ", ").append(code.path("label").asString());
    }
    return codes.isEmpty() ? "none computed" : codes.toString();
  }
}
