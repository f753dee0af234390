package org.gms.server.record.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.pgx.recommendation.GuidelineDrugs;
import org.gms.server.FhirJson;
import org.gms.server.record.Patient;
import org.gms.server.record.PgxGeneResult;
import org.gms.server.record.PgxRecommendation;
import org.gms.server.record.PgxResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pharmacogenomic result as FHIR R4 resources following the Genomics Reporting IG 3.0.0: a
 * genomic-report DiagnosticReport (LOINC 51969-4) whose results are, per called gene, a genotype
 * Observation (LOINC 84413-4, gene studied 48018-6) and a therapeutic-implication Observation
 * carrying the phenotype; and per recommendation a therapeutic-implication Observation with the
 * medication assessed (LOINC 51963-7, RxNorm where known), the phenotype, the recommendation as
 * conclusion-string and the guideline as a citation. Phenotypes are given as text: the guideline
 * terms ("Poor Metabolizer") have no one-to-one LOINC answer for every gene.
 */
final class PgxFhirBundle {

  private static final String IG = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/";
  private static final String TBD =
      "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs";
  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  private static final String HGNC = "http://www.genenames.org";

  /** HGNC ids of the pharmacogenes (HGNC complete set, 2024-10-18). */
  private static final Map<String, String> HGNC_IDS =
      Map.ofEntries(
          Map.entry("ABCG2", "HGNC:74"),
          Map.entry("CACNA1S", "HGNC:1397"),
          Map.entry("CFTR", "HGNC:1884"),
          Map.entry("CYP2B6", "HGNC:2615"),
          Map.entry("CYP2C19", "HGNC:2621"),
          Map.entry("CYP2C9", "HGNC:2623"),
          Map.entry("CYP2D6", "HGNC:2625"),
          Map.entry("CYP3A4", "HGNC:2637"),
          Map.entry("CYP3A5", "HGNC:2638"),
          Map.entry("CYP4F2", "HGNC:2645"),
          Map.entry("DPYD", "HGNC:3012"),
          Map.entry("G6PD", "HGNC:4057"),
          Map.entry("HLA-A", "HGNC:4931"),
          Map.entry("HLA-B", "HGNC:4932"),
          Map.entry("IFNL3", "HGNC:18365"),
          Map.entry("MT-RNR1", "HGNC:7470"),
          Map.entry("NAT2", "HGNC:7646"),
          Map.entry("NUDT15", "HGNC:23063"),
          Map.entry("RYR1", "HGNC:10483"),
          Map.entry("SLCO1B1", "HGNC:10959"),
          Map.entry("TPMT", "HGNC:12014"),
          Map.entry("UGT1A1", "HGNC:12530"),
          Map.entry("VKORC1", "HGNC:23663"));

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Patient patient;
  private final PgxResult result;
  private final String patientRef;
  private final String effective;
  private final ArrayNode entries;
  private final List<String> reportResults = new ArrayList<>();
  private final Map<String, String> genotypeIds = new HashMap<>();

  private PgxFhirBundle(Patient patient, PgxResult result, ArrayNode entries) {
    this.patient = patient;
    this.result = result;
    this.patientRef = "Patient/" + patient.nhsNumber();
    this.effective = result.recordedAt().toString();
    this.entries = entries;
  }

  static String of(Patient patient, PgxResult result) {
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("id", "pgx-result-" + result.id());
    bundle.put("type", "collection");
    bundle.put("timestamp", result.recordedAt().toString());
    PgxFhirBundle builder = new PgxFhirBundle(patient, result, bundle.putArray("entry"));
    builder.build();
    return JSON.writeValueAsString(bundle);
  }

  private void build() {
    add(patientResource());
    for (PgxGeneResult gene : result.genes()) {
      if (gene.callable()) {
        add(genotype(gene));
        if (gene.phenotype() != null && !gene.phenotype().isBlank()) {
          add(genePhenotype(gene));
        }
      }
    }
    int n = 0;
    for (PgxRecommendation rec : result.recommendations()) {
      add(implication(rec, ++n));
    }
    entries.insert(1, wrap(report()));
  }

  private void add(ObjectNode resource) {
    entries.add(wrap(resource));
    if (resource.get("resourceType").asString().equals("Observation")) {
      reportResults.add("Observation/" + resource.get("id").asString());
    }
  }

  private static ObjectNode wrap(ObjectNode resource) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put(
        "fullUrl",
        "urn:gms:" + resource.get("resourceType").asString() + "/" + resource.get("id").asString());
    entry.set("resource", resource);
    return entry;
  }

  private ObjectNode patientResource() {
    ObjectNode p =
        FhirJson.patient(
            patient.nhsNumber().value(),
            patient.name(),
            patient.dateOfBirth(),
            patient.sex().fhirCode());
    p.put("id", patient.nhsNumber().value());
    return p;
  }

  private ObjectNode report() {
    ObjectNode r = JSON.createObjectNode();
    r.put("resourceType", "DiagnosticReport");
    r.put("id", "pgx-report-" + result.id());
    r.putObject("meta").putArray("profile").add(IG + "genomic-report");
    r.put("status", "final");
    category(
        r.putArray("category").addObject(), "http://terminology.hl7.org/CodeSystem/v2-0074", "GE");
    coding(r.putObject("code"), FhirJson.LOINC, "51969-4", "Genetic analysis report");
    r.putObject("subject").put("reference", patientRef);
    r.put("effectiveDateTime", effective);
    r.put("issued", effective);
    ArrayNode results = r.putArray("result");
    reportResults.forEach(ref -> results.addObject().put("reference", ref));
    return r;
  }

  private ObjectNode genotype(PgxGeneResult gene) {
    String id = "pgx-" + result.id() + "-" + gene.gene() + "-genotype";
    genotypeIds.put(gene.gene(), id);
    ObjectNode o = observation(id, "genotype");
    coding(o.putObject("code"), FhirJson.LOINC, "84413-4", "Genotype display name");
    String display = gene.gene() + " " + String.join(" or ", gene.diplotypes());
    o.putObject("valueCodeableConcept").put("text", display);
    geneStudied(o.putArray("component").addObject(), gene.gene());
    if (gene.diplotypes().size() > 1) {
      o.putArray("note")
          .addObject()
          .put(
              "text",
              "The data cannot tell these diplotypes apart: "
                  + String.join(", ", gene.diplotypes()));
    }
    return o;
  }

  private ObjectNode genePhenotype(PgxGeneResult gene) {
    ObjectNode o =
        observation(
            "pgx-" + result.id() + "-" + gene.gene() + "-phenotype", "therapeutic-implication");
    coding(o.putObject("code"), TBD, "therapeutic-implication", "Therapeutic Implication");
    o.putArray("derivedFrom")
        .addObject()
        .put("reference", "Observation/" + genotypeIds.get(gene.gene()));
    ArrayNode components = o.putArray("component");
    ObjectNode phenotype = components.addObject();
    coding(phenotype.putObject("code"), TBD, "therapeutic-implication", null);
    phenotype.putObject("valueCodeableConcept").put("text", gene.gene() + " " + gene.phenotype());
    if (gene.activityScore() != null) {
      ObjectNode note = o.putArray("note").addObject();
      note.put("text", "Activity score " + gene.activityScore());
    }
    return o;
  }

  private ObjectNode implication(PgxRecommendation rec, int n) {
    ObjectNode o =
        observation("pgx-" + result.id() + "-implication-" + n, "therapeutic-implication");
    if (rec.url() != null) {
      ObjectNode citation = o.putArray("extension").addObject();
      citation.put("url", "http://hl7.org/fhir/StructureDefinition/workflow-relatedArtifact");
      ObjectNode artifact = citation.putObject("valueRelatedArtifact");
      artifact.put("type", "citation");
      artifact.put("label", rec.source());
      artifact.put("display", rec.guideline());
      artifact.put("url", rec.url());
    }
    coding(o.putObject("code"), TBD, "therapeutic-implication", "Therapeutic Implication");
    ArrayNode derived = o.putArray("derivedFrom");
    for (String gene : rec.genes()) {
      String genotype = genotypeIds.get(gene);
      if (genotype != null) {
        derived.addObject().put("reference", "Observation/" + genotype);
      }
    }
    ArrayNode components = o.putArray("component");
    ObjectNode medication = components.addObject();
    coding(medication.putObject("code"), FhirJson.LOINC, "51963-7", "Medication assessed");
    ObjectNode drug = medication.putObject("valueCodeableConcept");
    GuidelineDrugs.bundled()
        .byName(rec.drug())
        .flatMap(GuidelineDrugs.GuidelineDrug::rxnormCui)
        .ifPresent(cui -> coding(drug, RXNORM, cui, rec.drug()));
    drug.put("text", rec.drug());
    rec.phenotypes()
        .forEach(
            (gene, phenotypes) -> {
              ObjectNode phenotype = components.addObject();
              coding(phenotype.putObject("code"), TBD, "therapeutic-implication", null);
              phenotype
                  .putObject("valueCodeableConcept")
                  .put("text", gene + " " + String.join(" or ", phenotypes));
            });
    ObjectNode conclusion = components.addObject();
    coding(conclusion.putObject("code"), TBD, "conclusion-string", null);
    conclusion.put(
        "valueString",
        rec.recommendation()
            + (rec.strength() == null
                ? ""
                : " (" + rec.source() + " strength: " + rec.strength() + ")"));
    return o;
  }

  private ObjectNode observation(String id, String profile) {
    ObjectNode o = JSON.createObjectNode();
    o.put("resourceType", "Observation");
    o.put("id", id);
    o.putObject("meta").putArray("profile").add(IG + profile);
    o.put("status", "final");
    ArrayNode categories = o.putArray("category");
    category(
        categories.addObject(),
        "http://terminology.hl7.org/CodeSystem/observation-category",
        "laboratory");
    category(categories.addObject(), "http://terminology.hl7.org/CodeSystem/v2-0074", "GE");
    o.putObject("subject").put("reference", patientRef);
    o.put("effectiveDateTime", effective);
    return o;
  }

  private static void geneStudied(ObjectNode component, String gene) {
    coding(component.putObject("code"), FhirJson.LOINC, "48018-6", "Gene studied [ID]");
    ObjectNode value = component.putObject("valueCodeableConcept");
    String hgnc = HGNC_IDS.get(gene);
    if (hgnc != null) {
      coding(value, HGNC, hgnc, gene);
    }
    value.put("text", gene);
  }

  private static void category(ObjectNode concept, String system, String code) {
    ObjectNode coding = concept.putArray("coding").addObject();
    coding.put("system", system);
    coding.put("code", code);
  }

  private static void coding(ObjectNode concept, String system, String code, String display) {
    ArrayNode codings =
        concept.has("coding") ? (ArrayNode) concept.get("coding") : concept.putArray("coding");
    ObjectNode coding = codings.addObject();
    coding.put("system", system);
    coding.put("code", code);
    if (display != null) {
      coding.put("display", display);
    }
  }
}
