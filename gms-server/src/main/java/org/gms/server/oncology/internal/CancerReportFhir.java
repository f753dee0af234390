package org.gms.server.oncology.internal;

import static org.gms.server.analysis.GenomicReportFhir.IG;
import static org.gms.server.analysis.GenomicReportFhir.TBD;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gms.server.FhirJson;
import org.gms.server.analysis.GenomicReportFhir;
import org.gms.server.record.Patient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The authorised cancer report as a FHIR R4 collection Bundle shaped by the Genomics Reporting IG
 * 3.0.0: the Patient; a genomic-report DiagnosticReport; per reported finding a variant Observation
 * (69548-6: gene studied, amino acid change, somatic source, allele frequency), a
 * diagnostic-implication with its AMP tier, and per therapy with predictive evidence a
 * therapeutic-implication (response, level of evidence, tumour context, medication assessed); TMB
 * (94076-7) and MSI (81695-9) as molecular-biomarker Observations.
 */
final class CancerReportFhir {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CancerReportFhir() {}

  static String bundle(
      CancerCase c,
      Patient patient,
      SomaticResult result,
      List<Board.BoardFinding> findings,
      String laboratory,
      Instant issued) {
    GenomicReportFhir.Bundle bundle = GenomicReportFhir.begin(patient, issued);
    ArrayNode entries = bundle.entries();
    String patientRef = bundle.patientRef();
    ArrayNode results = JSON.createArrayNode();
    int n = 0;
    for (Board.BoardFinding f : findings) {
      if (!"REPORTED".equals(f.decision())) {
        continue;
      }
      SomaticResult.Item item = f.finding();
      String variantRef = FhirJson.uuid("cancer-variant-" + c.id() + "-" + n);
      entries.add(FhirJson.entry(variantRef, variant(item, patientRef, c)));
      results.addObject().put("reference", variantRef);
      String diagnosticRef = FhirJson.uuid("cancer-diagnostic-" + c.id() + "-" + n);
      entries.add(FhirJson.entry(diagnosticRef, diagnostic(item, variantRef, patientRef)));
      results.addObject().put("reference", diagnosticRef);
      int t = 0;
      for (SomaticResult.Evidence e : item.evidence()) {
        if (!"Predictive".equals(e.type()) || e.therapies().isEmpty()) {
          continue;
        }
        String therapyRef = FhirJson.uuid("cancer-therapy-" + c.id() + "-" + n + "-" + t++);
        entries.add(FhirJson.entry(therapyRef, therapeutic(e, variantRef, patientRef)));
        results.addObject().put("reference", therapyRef);
      }
      n++;
    }
    if (result.tmb() != null) {
      ObjectNode tmb = biomarker(patientRef, "94076-7", "Mutations/Megabase [# Ratio] in Tumor");
      tmb.putObject("valueQuantity")
          .put("value", Math.round(result.tmb().perMb() * 100) / 100.0)
          .put("unit", "mutations/Mb");
      String ref = FhirJson.uuid("cancer-tmb-" + c.id());
      entries.add(FhirJson.entry(ref, tmb));
      results.addObject().put("reference", ref);
    }
    if (result.msi() != null) {
      ObjectNode msi =
          biomarker(
              patientRef,
              "81695-9",
              "Microsatellite instability [Interpretation] in Cancer specimen Qualitative");
      boolean high = "MSI-H".equals(Board.msiStatus(result.msi().status()));
      FhirJson.coded(
          msi.putObject("valueCodeableConcept"),
          FhirJson.LOINC,
          high ? "LA26203-2" : "LA14122-8",
          high ? "MSI-H" : "Stable");
      String ref = FhirJson.uuid("cancer-msi-" + c.id());
      entries.add(FhirJson.entry(ref, msi));
      results.addObject().put("reference", ref);
    }
    ObjectNode report =
        GenomicReportFhir.report(
            "GMS-cancer-" + c.id(),
            "Test order " + c.orderId(),
            patientRef,
            issued,
            laboratory,
            results,
            c.tumourType() + " (" + c.oncotreeCode() + "): " + n + " findings reported");
    entries.add(FhirJson.entry(FhirJson.uuid("cancer-report-" + c.id() + "-" + issued), report));
    return JSON.writeValueAsString(bundle.root());
  }

  private static ObjectNode variant(SomaticResult.Item item, String patientRef, CancerCase c) {
    ObjectNode node = FhirJson.observation(IG + "variant", patientRef);
    // the finding's key, so that a MedicationStatement can name the finding it treats
    node.putArray("identifier")
        .addObject()
        .put("system", TherapyFhir.FINDING)
        .put("value", item.key());
    FhirJson.coded(node.putObject("code"), FhirJson.LOINC, "69548-6", "Genetic variant assessment");
    FhirJson.coded(node.putObject("valueCodeableConcept"), FhirJson.LOINC, "LA9633-4", "Present");
    ArrayNode components = node.putArray("component");
    for (String gene :
        item.kind().equals("fusion")
            ? item.alteration().replaceAll("\\s.*$", "").split("::")
            : new String[] {item.gene()}) {
      FhirJson.component(components, "48018-6", "Gene studied [ID]")
          .putObject("valueCodeableConcept")
          .put("text", gene);
    }
    if (!item.proteinChange().isEmpty()) {
      FhirJson.component(components, "48005-3", "Amino acid change (pHGVS)")
          .putObject("valueCodeableConcept")
          .put("text", "p." + item.proteinChange());
    }
    FhirJson.coded(
        FhirJson.component(components, "48002-0", "Genomic source class [Type]")
            .putObject("valueCodeableConcept"),
        FhirJson.LOINC,
        "LA6684-0",
        "Somatic");
    if (item.vaf() != null) {
      FhirJson.component(components, "81258-6", "Sample variant allelic frequency [NFr]")
          .putObject("valueQuantity")
          .put("value", Math.round(item.vaf() * 10000) / 10000.0)
          .put("system", "http://unitsofmeasure.org")
          .put("code", "1");
    }
    node.putArray("note").addObject().put("text", item.kind() + ": " + item.alteration());
    return node;
  }

  private static ObjectNode diagnostic(
      SomaticResult.Item item, String variantRef, String patientRef) {
    ObjectNode node = GenomicReportFhir.implication(variantRef, patientRef);
    ArrayNode components = node.putArray("component");
    FhirJson.component(components, "93044-6", "Level of evidence")
        .putObject("valueCodeableConcept")
        .put("text", item.tierDescription());
    if (!item.oncogenicity().isEmpty()) {
      ObjectNode c = components.addObject();
      FhirJson.coded(c.putObject("code"), TBD, "functional-effect", "Functional Effect");
      c.putObject("valueCodeableConcept")
          .put(
              "text",
              item.oncogenicity()
                  + " (ClinGen/CGC/VICC 2022, "
                  + item.oncogenicityPoints()
                  + " points)");
    }
    return node;
  }

  private static ObjectNode therapeutic(
      SomaticResult.Evidence e, String variantRef, String patientRef) {
    ObjectNode node = FhirJson.observation(IG + "therapeutic-implication", patientRef);
    FhirJson.coded(
        node.putObject("code"), TBD, "therapeutic-implication", "Therapeutic Implication");
    node.putArray("derivedFrom").addObject().put("reference", variantRef);
    ArrayNode components = node.putArray("component");
    ObjectNode implication = components.addObject();
    implication
        .putObject("code")
        .putArray("coding")
        .addObject()
        .put("system", TBD)
        .put("code", "therapeutic-implication");
    String response = e.response() == null ? "" : e.response().toLowerCase(Locale.ROOT);
    if (response.contains("resist")) {
      FhirJson.coded(
          implication.putObject("valueCodeableConcept"), FhirJson.LOINC, "LA6676-6", "Resistant");
    } else if (response.contains("sensitiv") || response.contains("respon")) {
      FhirJson.coded(
          implication.putObject("valueCodeableConcept"), FhirJson.LOINC, "LA6677-4", "Responsive");
    } else {
      implication.putObject("valueCodeableConcept").put("text", e.response());
    }
    FhirJson.component(components, "93044-6", "Level of evidence")
        .putObject("valueCodeableConcept")
        .put(
            "text", "CIViC level " + e.level() + (e.citation() == null ? "" : ", " + e.citation()));
    FhirJson.component(components, "81259-4", "Associated phenotype")
        .putObject("valueCodeableConcept")
        .put("text", e.disease());
    FhirJson.component(components, "51963-7", "Medication assessed")
        .putObject("valueCodeableConcept")
        .put("text", String.join(" + ", e.therapies()));
    return node;
  }

  private static ObjectNode biomarker(String patientRef, String loinc, String display) {
    ObjectNode node = JSON.createObjectNode();
    node.put("resourceType", "Observation");
    node.putObject("meta").putArray("profile").add(IG + "molecular-biomarker");
    node.put("status", "final");
    ArrayNode categories = node.putArray("category");
    FhirJson.category(
        categories, "http://terminology.hl7.org/CodeSystem/observation-category", "laboratory");
    FhirJson.category(categories, TBD, "biomarker-category");
    FhirJson.category(categories, "http://terminology.hl7.org/CodeSystem/v2-0074", "GE");
    FhirJson.coded(node.putObject("code"), FhirJson.LOINC, loinc, display);
    node.putObject("subject").put("reference", patientRef);
    ObjectNode category = node.putArray("component").addObject();
    category
        .putObject("code")
        .putArray("coding")
        .addObject()
        .put("system", TBD)
        .put("code", "biomarker-category");
    FhirJson.coded(
        category.putObject("valueCodeableConcept"),
        "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/molecular-biomarker-ontology-cs",
        "molgen",
        "molecular sequence adjacent category");
    return node;
  }
}
