package org.gms.genomics.cancer.report;

import static org.gms.genomics.report.Html.escape;
import static org.gms.genomics.report.Html.row;

import java.util.List;
import java.util.Locale;
import org.gms.genomics.cancer.Finding;
import org.gms.genomics.cancer.GermlineFinding;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.actionability.AmpTier;
import org.gms.genomics.cancer.actionability.ClinicalEvidence;
import org.gms.genomics.cancer.knowledge.KnowledgeSource;
import org.gms.genomics.cancer.oncogenicity.OncogenicityClass;
import org.gms.genomics.cancer.oncogenicity.OncogenicityEvidence;

/**
 * The report a molecular tumour board reads: biomarkers and histology-independent indications, tier
 * I and II findings with their therapies and evidence, then oncogenic tier III findings (the other
 * tier III and IV findings counted), germline findings apart, knowledge and limitations.
 */
public final class SomaticReportHtml {

  private SomaticReportHtml() {}

  public static String render(SomaticReport r) {
    StringBuilder h = new StringBuilder(8192);
    h.append(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Somatic report ")
        .append(escape(r.sample()))
        .append(
            "</title><style>body{font-family:sans-serif;max-width:1100px;margin:1em auto;color:#222}"
                + "table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top;font-size:90%}"
                + "th{background:#eee}.t1{background:#fde2e2}.t2{background:#fff3d6}.note{color:#555;font-size:85%}</style></head><body>");
    h.append("<h1>Somatic variant report: ").append(escape(r.sample())).append("</h1>");
    h.append("<p>Tumour type: <b>")
        .append(escape(r.tumourType().name()))
        .append("</b> (given as ")
        .append(escape(r.tumourType().given()))
        .append("; OncoTree ")
        .append(escape(r.tumourType().oncotreeCode()))
        .append(", ")
        .append(escape(r.tumourType().doid()))
        .append("). Genome build: ")
        .append(escape(r.build().isEmpty() ? "not declared" : r.build()))
        .append(". Somatic variants read: ")
        .append(r.variantsRead())
        .append(".</p>");

    h.append("<h2>Biomarkers</h2><ul>");
    if (r.biomarkers().tmb() != null) {
      var t = r.biomarkers().tmb();
      h.append("<li>TMB: <b>")
          .append(String.format(Locale.ROOT, "%.2f", t.perMb()))
          .append(" mutations/Mb</b> (")
          .append(t.mutations())
          .append(" in ")
          .append(String.format(Locale.ROOT, "%.2f", t.territoryMb()))
          .append(" Mb, ")
          .append(escape(t.territory()))
          .append(")")
          .append(t.high() ? " — <b>TMB-high</b>" : "")
          .append("<br><span class=note>")
          .append(escape(t.definition()))
          .append("</span></li>");
    }
    if (r.biomarkers().msi() != null) {
      var m = r.biomarkers().msi();
      h.append("<li>MSI: <b>")
          .append(escape(m.status()))
          .append("</b> (score ")
          .append(String.format(Locale.ROOT, "%.2f", m.score()))
          .append(")<br><span class=note>")
          .append(escape(m.method()))
          .append("</span></li>");
    }
    h.append("</ul>");
    if (!r.histologyIndependent().isEmpty()) {
      h.append("<h2>Histology-independent indications</h2><ul>");
      r.histologyIndependent().forEach(s -> h.append("<li>").append(escape(s)).append("</li>"));
      h.append("</ul>");
    }

    List<Finding> actionable = r.findings().stream().filter(f -> f.tier().actionable()).toList();
    h.append("<h2>Tier I and II findings (").append(actionable.size()).append(")</h2>");
    if (actionable.isEmpty()) {
      h.append("<p>None.</p>");
    }
    for (Finding f : actionable) {
      finding(h, f);
    }
    List<Finding> oncogenic =
        r.findings().stream()
            .filter(
                f ->
                    f.tier() == AmpTier.III
                        && f.oncogenicity() != null
                        && (f.oncogenicity().oncogenicityClass() == OncogenicityClass.ONCOGENIC
                            || f.oncogenicity().oncogenicityClass()
                                == OncogenicityClass.LIKELY_ONCOGENIC))
            .toList();
    long otherIII =
        r.findings().stream().filter(f -> f.tier() == AmpTier.III).count() - oncogenic.size();
    long iv = r.findings().stream().filter(f -> f.tier() == AmpTier.IV).count();
    h.append("<h2>Tier III: oncogenic or likely oncogenic, no clinical evidence (")
        .append(oncogenic.size())
        .append(")</h2>");
    if (!oncogenic.isEmpty()) {
      h.append(
          "<table><tr><th>Gene</th><th>Change</th><th>Alteration</th><th>VAF</th><th>Oncogenicity</th></tr>");
      for (Finding f : oncogenic) {
        h.append(
            row(
                escape(f.gene()),
                escape(f.proteinChange()),
                escape(f.alteration()),
                vaf(f.vaf()),
                onco(f)));
      }
      h.append("</table>");
    }
    h.append("<p>Further tier III findings (variants of uncertain significance): ")
        .append(otherIII)
        .append("; tier IV (benign or likely benign): ")
        .append(iv)
        .append(". All are listed in the JSON report.</p>");

    h.append("<h2>Germline findings (reported apart)</h2>");
    if (r.germline().isEmpty()) {
      h.append(
          "<p>None (tumour-only input, or no pathogenic or likely pathogenic variant in a"
              + " cancer predisposition gene).</p>");
    } else {
      h.append(
          "<table><tr><th>Gene</th><th>Change</th><th>Alteration</th><th>Class</th><th>ACMG</th><th>ACMG evidence</th><th>CIViC</th></tr>");
      for (GermlineFinding g : r.germline()) {
        h.append(
            row(
                escape(g.gene()),
                escape(g.proteinChange()),
                escape(g.alteration()),
                escape(g.variantClass()),
                "<b>" + escape(g.acmgClass()) + "</b>",
                escape(g.acmgCodes()),
                escape(g.evidence())));
      }
      h.append("</table>");
    }
    h.append("<h2>Knowledge and guidelines</h2><ul>");
    for (KnowledgeSource k : r.knowledge()) {
      h.append("<li>")
          .append(escape(k.name()))
          .append(" ")
          .append(escape(k.version()))
          .append(" (")
          .append(escape(k.licence()))
          .append(")</li>");
    }
    r.guidelines().forEach(g -> h.append("<li>").append(escape(g)).append("</li>"));
    h.append("</ul><h2>Limitations and warnings</h2><ul>");
    r.limitations().forEach(l -> h.append("<li>").append(escape(l)).append("</li>"));
    r.warnings().forEach(l -> h.append("<li>").append(escape(l)).append("</li>"));
    h.append(
        "</ul><p class=note>Decision support for a molecular tumour board; every finding needs review by a clinical scientist.</p></body></html>\n");
    return h.toString();
  }

  private static void finding(StringBuilder h, Finding f) {
    String cls = f.tier().name().startsWith("I") && !f.tier().name().startsWith("II") ? "t1" : "t2";
    h.append("<h3 class=")
        .append(cls)
        .append(">")
        .append(escape(f.gene()))
        .append(" ")
        .append(escape(f.proteinChange().isEmpty() ? f.alteration() : f.proteinChange()))
        .append(" — Tier ")
        .append(escape(f.tier().name()))
        .append("</h3><p>")
        .append(escape(f.tier().description()))
        .append("<br>")
        .append(escape(f.kind()))
        .append(": ")
        .append(escape(f.alteration()));
    if (!Double.isNaN(f.vaf())) {
      h.append(", VAF ").append(vaf(f.vaf()));
    }
    if (f.oncogenicity() != null) {
      h.append("<br>Oncogenicity: ").append(onco(f));
    }
    h.append("</p>");
    f.flags().forEach(s -> h.append("<p><b>").append(escape(s)).append("</b></p>"));
    h.append(
        "<table><tr><th>Tier</th><th>Therapy / evidence</th><th>Response</th><th>Level</th><th>Disease (match)</th><th>Knowledge variant</th><th>Citation</th></tr>");
    for (ClinicalEvidence e : f.evidence()) {
      h.append(
          row(
              e.tier().name(),
              escape(e.type().equals("Predictive") ? e.therapy() : e.type()),
              escape(e.response()),
              escape(e.level()),
              escape(e.disease()) + " (" + e.typeMatch().name().toLowerCase(Locale.ROOT) + ")",
              escape(e.knowledgeVariant())
                  + " ("
                  + e.matchKind().name().toLowerCase(Locale.ROOT)
                  + ")",
              "<a href=\"" + escape(e.url()) + "\">" + escape(e.citation()) + "</a>"));
    }
    h.append("</table>");
  }

  private static String onco(Finding f) {
    StringBuilder s = new StringBuilder();
    s.append("<b>")
        .append(escape(f.oncogenicity().oncogenicityClass().label()))
        .append("</b> (")
        .append(f.oncogenicity().points())
        .append(" points");
    for (OncogenicityEvidence e : f.oncogenicity().codes()) {
      s.append("; ")
          .append(e.code().name())
          .append(" ")
          .append(e.points() > 0 ? "+" : "")
          .append(e.points())
          .append(": ")
          .append(escape(e.reason()));
    }
    return s.append(")").toString();
  }

  private static String vaf(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
