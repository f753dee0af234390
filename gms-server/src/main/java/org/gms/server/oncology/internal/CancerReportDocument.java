package org.gms.server.oncology.internal;

import static org.gms.genomics.report.Html.escape;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gms.server.PdfDocument;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.record.Patient;

/**
 * The authorised cancer report as a self-contained XHTML page (served as HTML, and rendered to PDF
 * by openhtmltopdf): the patient and tumour, the findings reported (tier, oncogenicity, VAF,
 * therapies with their evidence), TMB and MSI, germline findings, the board's comments, what was
 * not reported, the knowledge used and the limitations.
 */
final class CancerReportDocument {

  private CancerReportDocument() {}

  static String xhtml(
      CancerCase c,
      Patient patient,
      List<TumourSample> samples,
      SomaticResult result,
      List<Board.BoardFinding> findings,
      CancerCaseReported reported,
      String authorisedBy,
      Instant at) {
    StringBuilder h = new StringBuilder();
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append(
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>")
        .append("<title>Cancer genomic report, case ")
        .append(c.id())
        .append("</title><style>body{font-family:sans-serif;font-size:11pt;margin:2em}")
        .append("table{border-collapse:collapse;width:100%;margin:.5em 0}")
        .append("td,th{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}")
        .append("th{background:#eee}.tier1{background:#fde0dc}.tier2{background:#fff3cd}")
        .append("</style></head><body>");
    h.append("<h1>Cancer genomic report</h1>");
    h.append("<table><tr><th>Patient</th><td>")
        .append(escape(patient.name()))
        .append(", NHS number ")
        .append(escape(c.nhsNumber()))
        .append(", born ")
        .append(patient.dateOfBirth())
        .append(", ")
        .append(patient.sex().fhirCode())
        .append("</td></tr><tr><th>Test</th><td>")
        .append(escape(c.testCode()))
        .append(" (order ")
        .append(c.orderId())
        .append(")</td></tr><tr><th>Tumour</th><td>")
        .append(escape(c.tumourType()))
        .append(" (OncoTree ")
        .append(escape(c.oncotreeCode()))
        .append(")")
        .append(c.histology().isEmpty() ? "" : "; histology " + escape(c.histology()))
        .append(c.primarySite().isEmpty() ? "" : "; site " + escape(c.primarySite()))
        .append(c.stage().isEmpty() ? "" : "; stage " + escape(c.stage()))
        .append("</td></tr><tr><th>Samples</th><td>");
    for (TumourSample s : samples) {
      h.append(escape(s.barcode()))
          .append(": ")
          .append(s.type().name().replace('_', ' ').toLowerCase(Locale.ROOT))
          .append(", collected ")
          .append(s.collectedOn())
          .append(
              s.cellularityPercent() == null
                  ? ""
                  : ", tumour cellularity " + s.cellularityPercent() + "%")
          .append("<br/>");
    }
    h.append("</td></tr></table>");
    h.append("<h2>Findings reported</h2>");
    List<Board.BoardFinding> chosen =
        findings.stream().filter(f -> "REPORTED".equals(f.decision())).toList();
    if (chosen.isEmpty()) {
      h.append("<p>No somatic finding is reported.</p>");
    } else {
      h.append("<table><tr><th>Gene</th><th>Alteration</th><th>Tier</th><th>Oncogenicity</th>")
          .append("<th>VAF</th><th>Therapies and evidence</th></tr>");
      for (Board.BoardFinding f : chosen) {
        SomaticResult.Item i = f.finding();
        String cls =
            i.tierGroup().equals("I") ? "tier1" : i.tierGroup().equals("II") ? "tier2" : "";
        h.append("<tr class=\"")
            .append(cls)
            .append("\"><td>")
            .append(escape(i.gene()))
            .append("</td><td>")
            .append(escape(alteration(i)))
            .append("</td><td>")
            .append(escape(i.tierDescription()))
            .append("</td><td>")
            .append(escape(i.oncogenicity().isEmpty() ? "-" : i.oncogenicity()))
            .append("</td><td>")
            .append(i.vaf() == null ? "-" : String.format(Locale.ROOT, "%.1f%%", i.vaf() * 100))
            .append("</td><td>")
            .append(therapies(i))
            .append("</td></tr>");
      }
      h.append("</table>");
    }
    h.append("<h2>Biomarkers</h2><table>");
    h.append("<tr><th>Tumour mutational burden</th><td>");
    h.append(
        result.tmb() == null
            ? "not measured"
            : String.format(
                Locale.ROOT,
                "%.1f mutations/Mb (%d mutations over %.2f Mb, %s)%s",
                result.tmb().perMb(),
                result.tmb().mutations(),
                result.tmb().territoryMb(),
                escape(result.tmb().definition()),
                result.tmb().high() ? ": TMB-high" : ""));
    h.append("</td></tr><tr><th>Microsatellite instability</th><td>");
    h.append(
        result.msi() == null
            ? "not measured"
            : escape(result.msi().status())
                + String.format(
                    Locale.ROOT,
                    " (score %.2f, threshold %.2f; ",
                    result.msi().score(),
                    result.msi().threshold())
                + escape(result.msi().method())
                + ")");
    h.append("</td></tr></table>");
    h.append("<h2>Germline findings</h2>");
    if (result.germline().isEmpty()) {
      h.append(
          "<p>None reported (a tumour-only analysis cannot tell germline variants apart).</p>");
    } else {
      h.append("<ul>");
      for (SomaticResult.Germline g : result.germline()) {
        h.append("<li>")
            .append(escape(g.gene()))
            .append(" ")
            .append(escape(g.proteinChange().isEmpty() ? g.alteration() : g.proteinChange()))
            .append(g.evidence().isEmpty() ? "" : " - " + escape(g.evidence()))
            .append("</li>");
      }
      h.append("</ul>");
    }
    List<Board.BoardFinding> commented =
        findings.stream()
            .filter(f -> f.history().stream().anyMatch(d -> !d.comment().isEmpty()))
            .toList();
    if (!commented.isEmpty()) {
      h.append("<h2>Tumour board comments</h2><ul>");
      for (Board.BoardFinding f : commented) {
        for (Decision d : f.history()) {
          if (!d.comment().isEmpty()) {
            h.append("<li>")
                .append(escape(f.finding().gene() + " " + alteration(f.finding())))
                .append(": ")
                .append(escape(d.comment()))
                .append(" (")
                .append(escape(d.decidedBy()))
                .append(")</li>");
          }
        }
      }
      h.append("</ul>");
    }
    long notReported = findings.stream().filter(f -> "NOT_REPORTED".equals(f.decision())).count();
    h.append("<p>")
        .append(findings.size())
        .append(" findings were reviewed; ")
        .append(chosen.size())
        .append(" reported, ")
        .append(notReported)
        .append(" decided not reported, the rest (tier III/IV) not reported.</p>");
    h.append("<h2>Method, knowledge and limitations</h2><ul>");
    h.append("<li>Oncogenicity: ClinGen/CGC/VICC 2022; tiers: AMP/ASCO/CAP 2017.</li>");
    for (String k : result.knowledge()) {
      h.append("<li>").append(escape(k)).append("</li>");
    }
    for (String l : result.limitations()) {
      h.append("<li>").append(escape(l)).append("</li>");
    }
    h.append("</ul><p>Authorised by ")
        .append(escape(authorisedBy))
        .append(" on ")
        .append(at)
        .append(". Findings passed to trial matching: ")
        .append(reported.findings().size())
        .append(".</p></body></html>");
    return h.toString();
  }

  static String alteration(SomaticResult.Item i) {
    if (!i.proteinChange().isEmpty()) {
      return "p." + i.proteinChange() + " (" + i.alteration() + ")";
    }
    return i.alteration();
  }

  private static String therapies(SomaticResult.Item i) {
    StringBuilder t = new StringBuilder();
    for (SomaticResult.Evidence e : i.evidence()) {
      if (!e.type().equals("Predictive") || e.therapies().isEmpty()) {
        continue;
      }
      t.append(escape(String.join(" + ", e.therapies())))
          .append(": ")
          .append(escape(e.response()))
          .append(" in ")
          .append(escape(e.disease()))
          .append(", level ")
          .append(escape(e.level()))
          .append(e.citation() == null ? "" : " (" + escape(e.citation()) + ")")
          .append("<br/>");
    }
    return t.length() == 0 ? "-" : t.toString();
  }

  static byte[] pdf(String xhtml) {
    return PdfDocument.render(xhtml, "the cancer report");
  }
}
