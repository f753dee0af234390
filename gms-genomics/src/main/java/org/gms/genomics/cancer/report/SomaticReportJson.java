package org.gms.genomics.cancer.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.cancer.Finding;
import org.gms.genomics.cancer.GermlineFinding;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.actionability.ClinicalEvidence;
import org.gms.genomics.cancer.biomarker.MsiEstimate;
import org.gms.genomics.cancer.biomarker.Tmb;
import org.gms.genomics.cancer.knowledge.KnowledgeSource;
import org.gms.genomics.cancer.oncogenicity.OncogenicityEvidence;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link SomaticReport} as JSON. */
public final class SomaticReportJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SomaticReportJson() {}

  public static void write(SomaticReport report, OutputStream out) {
    MAPPER.writeValue(out, tree(report));
  }

  public static String toString(SomaticReport report) {
    return MAPPER.writeValueAsString(tree(report));
  }

  /** The report as maps and lists, in the JSON's field order. */
  public static Map<String, Object> tree(SomaticReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sample", r.sample());
    Map<String, Object> type = new LinkedHashMap<>();
    type.put("given", r.tumourType().given());
    type.put("oncotree", r.tumourType().oncotreeCode());
    type.put("doid", r.tumourType().doid());
    type.put("name", r.tumourType().name());
    m.put("tumourType", type);
    m.put("build", r.build());
    m.put("variantsRead", r.variantsRead());
    List<Object> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      findings.add(finding(f));
    }
    m.put("findings", findings);
    Map<String, Object> biomarkers = new LinkedHashMap<>();
    Tmb tmb = r.biomarkers().tmb();
    if (tmb != null) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("perMb", round(tmb.perMb()));
      t.put("mutations", tmb.mutations());
      t.put("territoryMb", round(tmb.territoryMb()));
      t.put("definition", tmb.definition());
      t.put("territory", tmb.territory());
      t.put("high", tmb.high());
      biomarkers.put("tmb", t);
    }
    MsiEstimate msi = r.biomarkers().msi();
    if (msi != null) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("status", msi.status());
      s.put("score", round(msi.score()));
      s.put("threshold", round(msi.threshold()));
      s.put("method", msi.method());
      biomarkers.put("msi", s);
    }
    m.put("biomarkers", biomarkers);
    m.put("histologyIndependent", r.histologyIndependent());
    List<Object> germline = new ArrayList<>();
    for (GermlineFinding g : r.germline()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("gene", g.gene());
      x.put("proteinChange", g.proteinChange());
      x.put("alteration", g.alteration());
      x.put("variantClass", g.variantClass());
      x.put("evidence", g.evidence());
      x.put("acmgClass", g.acmgClass());
      x.put("acmgCodes", g.acmgCodes());
      germline.add(x);
    }
    m.put("germline", germline);
    List<Object> knowledge = new ArrayList<>();
    for (KnowledgeSource k : r.knowledge()) {
      knowledge.add(Map.of("name", k.name(), "version", k.version(), "licence", k.licence()));
    }
    m.put("knowledge", knowledge);
    m.put("guidelines", r.guidelines());
    m.put("warnings", r.warnings());
    m.put("limitations", r.limitations());
    return m;
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("gene", f.gene());
    x.put("proteinChange", f.proteinChange());
    x.put("kind", f.kind());
    x.put("alteration", f.alteration());
    if (!f.variantClass().isEmpty()) {
      x.put("variantClass", f.variantClass());
    }
    if (!Double.isNaN(f.vaf())) {
      x.put("vaf", round(f.vaf()));
    }
    if (f.depth() >= 0) {
      x.put("depth", f.depth());
    }
    x.put("geneRole", f.geneRole());
    if (f.oncogenicity() != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("class", f.oncogenicity().oncogenicityClass().label());
      o.put("points", f.oncogenicity().points());
      List<Object> codes = new ArrayList<>();
      for (OncogenicityEvidence e : f.oncogenicity().codes()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", e.code().name());
        c.put("points", e.points());
        c.put("reason", e.reason());
        codes.add(c);
      }
      o.put("codes", codes);
      x.put("oncogenicity", o);
    }
    x.put("tier", f.tier().name());
    List<Object> therapies = new ArrayList<>();
    List<Object> other = new ArrayList<>();
    for (ClinicalEvidence e : f.evidence()) {
      Map<String, Object> t = new LinkedHashMap<>();
      if (e.type().equals("Predictive")) {
        t.put("name", e.therapy());
      } else {
        t.put("type", e.type());
      }
      t.put("response", e.response());
      t.put("level", e.level());
      t.put("tier", e.tier().name());
      t.put("disease", e.disease());
      t.put("diseaseMatch", e.typeMatch().name());
      t.put("variantMatch", e.matchKind().name() + " (" + e.knowledgeVariant() + ")");
      t.put("citation", e.citation());
      t.put("url", e.url());
      (e.type().equals("Predictive") ? therapies : other).add(t);
    }
    x.put("therapies", therapies);
    x.put("diagnosticPrognostic", other);
    x.put("flags", f.flags());
    x.put("source", f.source());
    return x;
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
