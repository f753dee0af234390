package org.gms.server.analysis.internal;

import static org.gms.server.analysis.GenomicReportFhir.IG;

import java.time.Instant;
import java.util.Map;
import org.gms.server.FhirJson;
import org.gms.server.analysis.GenomicReportFhir;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.Patient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A result report as a FHIR R4 collection Bundle shaped by the Genomics Reporting IG 3.0.0: the
 * Patient, a genomic-report DiagnosticReport (LOINC 51969-4), and per reported variant a variant
 * Observation (69548-6, HGVS, alleles, position, allelic state) and a diagnostic-implication
 * Observation with its clinical significance (53037-8), derived from the variant. The codes are the
 * IG's and LOINC's; tests run the bundle through the HAPI FHIR validator with the IG package.
 */
final class ReportFhir {

  /** LOINC answer codes of ACMG classes (LL4034-6). */
  static final Map<String, String[]> SIGNIFICANCE =
      Map.of(
          "P", new String[] {"LA6668-3", "Pathogenic"},
          "LP", new String[] {"LA26332-9", "Likely pathogenic"},
          "VUS", new String[] {"LA26333-7", "Uncertain significance"},
          "LB", new String[] {"LA26334-5", "Likely benign"},
          "B", new String[] {"LA6675-8", "Benign"});

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReportFhir() {}

  /**
   * @param dataVersions what the analysis used, each with its version (the run result's {@code
   *     dataVersions}): a {@code Device} (the analysis software) whose versions name them, the
   *     device of every variant observation; absent in results of earlier releases
   */
  static ObjectNode bundle(
      TestOrder order,
      Patient patient,
      JsonNode reported,
      String conclusion,
      JsonNode dataVersions,
      Instant issued) {
    GenomicReportFhir.Bundle bundle = GenomicReportFhir.begin(patient, issued);
    ArrayNode entries = bundle.entries();
    String patientRef = bundle.patientRef();
    String deviceRef = null;
    if (dataVersions != null && !dataVersions.isEmpty()) {
      deviceRef = FhirJson.uuid("device-" + order.id());
      entries.add(FhirJson.entry(deviceRef, device(dataVersions)));
    }
    ArrayNode results = JSON.createArrayNode();
    int n = 0;
    for (JsonNode candidate : reported) {
      JsonNode variant = candidate.path("variants").path(0);
      String variantRef = FhirJson.uuid("variant-" + order.id() + "-" + n);
      String implicationRef = FhirJson.uuid("implication-" + order.id() + "-" + n++);
      ObjectNode observation = variant(variant, candidate.path("proband").asString(""), patientRef);
      if (deviceRef != null) {
        observation.putObject("device").put("reference", deviceRef);
      }
      entries.add(FhirJson.entry(variantRef, observation));
      entries.add(
          FhirJson.entry(
              implicationRef,
              implication(candidate.path("finalClass").asString(), variantRef, patientRef)));
      results.addObject().put("reference", variantRef);
      results.addObject().put("reference", implicationRef);
    }
    ObjectNode report =
        GenomicReportFhir.report(
            "GMS-" + order.id(),
            "Test order " + order.id() + " (" + order.requestKey() + ")",
            patientRef,
            issued,
            order.laboratory(),
            results,
            conclusion);
    entries.add(FhirJson.entry(FhirJson.uuid("report-" + order.id()), report));
    return bundle.root();
  }

  /** The analysis software, with the version of each piece of knowledge and code it used. */
  private static ObjectNode device(JsonNode dataVersions) {
    ObjectNode device = JSON.createObjectNode();
    device.put("resourceType", "Device");
    device.putArray("deviceName").addObject().put("name", "GMS").put("type", "user-friendly-name");
    ArrayNode versions = device.putArray("version");
    dataVersions
        .properties()
        .forEach(
            e -> {
              ObjectNode version = versions.addObject();
              version.putObject("type").put("text", e.getKey());
              version.put("value", e.getValue().asString());
            });
    return device;
  }

  /** A component with the variant's HGVS expression in the field, when it has one. */
  private static void hgvs(
      ArrayNode components, JsonNode variant, String field, String loinc, String display) {
    if (!variant.path(field).isNull() && variant.has(field)) {
      FhirJson.component(components, loinc, display)
          .putObject("valueCodeableConcept")
          .putArray("coding")
          .addObject()
          .put("system", "http://varnomen.hgvs.org")
          .put("code", variant.path(field).asString());
    }
  }

  private static ObjectNode variant(JsonNode variant, String proband, String patientRef) {
    ObjectNode node = FhirJson.observation(IG + "variant", patientRef);
    FhirJson.coded(node.putObject("code"), FhirJson.LOINC, "69548-6", "Genetic variant assessment");
    FhirJson.coded(node.putObject("valueCodeableConcept"), FhirJson.LOINC, "LA9633-4", "Present");
    ArrayNode components = node.putArray("component");
    hgvs(components, variant, "hgvsc", "48004-6", "DNA change (c.HGVS)");
    hgvs(components, variant, "hgvsp", "48005-3", "Amino acid change (pHGVS)");
    FhirJson.component(components, "69547-8", "Genomic ref allele [ID]")
        .put("valueString", variant.path("ref").asString());
    FhirJson.component(components, "69551-0", "Genomic alt allele [ID]")
        .put("valueString", variant.path("alt").asString());
    FhirJson.coded(
        FhirJson.component(components, "92822-6", "Genomic coordinate system")
            .putObject("valueCodeableConcept"),
        FhirJson.LOINC,
        "LA30102-0",
        "1-based character counting");
    ObjectNode range =
        FhirJson.component(components, "81254-5", "Genomic allele start-end")
            .putObject("valueRange");
    range.putObject("low").put("value", variant.path("pos").asLong());
    String genotype = variant.path("genotypes").path(proband).asString("");
    String[] state = allelicState(genotype);
    if (state != null) {
      FhirJson.coded(
          FhirJson.component(components, "53034-5", "Allelic state")
              .putObject("valueCodeableConcept"),
          FhirJson.LOINC,
          state[0],
          state[1]);
    }
    node.putArray("note")
        .addObject()
        .put(
            "text",
            variant.path("chrom").asString() + ":" + variant.path("pos").asLong() + " (GRCh38)");
    return node;
  }

  private static String[] allelicState(String genotype) {
    String[] alleles = genotype.split("[/|]");
    if (alleles.length == 1
        && !alleles[0].equals("0")
        && !alleles[0].equals(".")
        && !alleles[0].isEmpty()) {
      return new String[] {"LA6707-9", "Hemizygous"};
    }
    if (alleles.length == 2) {
      boolean a = !alleles[0].equals("0") && !alleles[0].equals(".");
      boolean b = !alleles[1].equals("0") && !alleles[1].equals(".");
      if (a && b && alleles[0].equals(alleles[1])) {
        return new String[] {"LA6705-3", "Homozygous"};
      }
      if (a || b) {
        return new String[] {"LA6706-1", "Heterozygous"};
      }
    }
    return null;
  }

  private static ObjectNode implication(String finalClass, String variantRef, String patientRef) {
    ObjectNode node = GenomicReportFhir.implication(variantRef, patientRef);
    String[] significance = SIGNIFICANCE.get(finalClass);
    FhirJson.coded(
        FhirJson.component(
                node.putArray("component"), "53037-8", "Genetic variation clinical significance")
            .putObject("valueCodeableConcept"),
        FhirJson.LOINC,
        significance[0],
        significance[1]);
    return node;
  }
}
