package org.gms.server.analysis;

import java.time.Instant;
import org.gms.server.FhirJson;
import org.gms.server.record.Patient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the rare-disease and the cancer result report share as FHIR R4 (Genomics Reporting IG
 * 3.0.0): the collection Bundle begun with the Patient, the genomic-report DiagnosticReport (LOINC
 * 51969-4) and the start of a diagnostic-implication Observation. Each report adds its own
 * observations; {@link FhirJson} has the smaller pieces.
 */
public final class GenomicReportFhir {

  /** The canonical URL of the IG's profiles, to which a profile's name is appended. */
  public static final String IG = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/";

  /** The IG's own code system (codes LOINC has not yet given). */
  public static final String TBD =
      "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GenomicReportFhir() {}

  /**
   * A report's bundle as it is being built.
   *
   * @param entries the bundle's entries, the Patient's first
   * @param patientRef the reference of the Patient's entry, for every resource about them
   */
  public record Bundle(ObjectNode root, ArrayNode entries, String patientRef) {}

  /** A collection Bundle issued at the instant, its first entry the patient. */
  public static Bundle begin(Patient patient, Instant issued) {
    ObjectNode root = FhirJson.collection(issued);
    ArrayNode entries = root.putArray("entry");
    String patientRef =
        FhirJson.patientEntry(
            entries,
            patient.nhsNumber().value(),
            patient.name(),
            patient.dateOfBirth(),
            patient.sex().fhirCode());
    return new Bundle(root, entries, patientRef);
  }

  /**
   * The final genomic-report DiagnosticReport of the patient.
   *
   * @param identifier the report's identifier value ({@code GMS-12})
   * @param basedOn how the order it answers is named ({@code Test order 12 (key)})
   * @param laboratory the performer's name
   * @param results references to the report's observations
   */
  public static ObjectNode report(
      String identifier,
      String basedOn,
      String patientRef,
      Instant issued,
      String laboratory,
      ArrayNode results,
      String conclusion) {
    ObjectNode report = JSON.createObjectNode();
    report.put("resourceType", "DiagnosticReport");
    report.putObject("meta").putArray("profile").add(IG + "genomic-report");
    report.putArray("identifier").addObject().put("value", identifier);
    report.putArray("basedOn").addObject().put("display", basedOn);
    report.put("status", "final");
    ObjectNode category = report.putArray("category").addObject();
    FhirJson.coded(category, "http://terminology.hl7.org/CodeSystem/v2-0074", "GE", "Genetics");
    FhirJson.coded(report.putObject("code"), FhirJson.LOINC, "51969-4", "Genetic analysis report");
    report.putObject("subject").put("reference", patientRef);
    report.put("issued", issued.toString());
    report.putArray("performer").addObject().put("display", laboratory);
    report.set("result", results);
    report.put("conclusion", conclusion);
    return report;
  }

  /**
   * A diagnostic-implication Observation derived from the variant Observation; its components
   * follow.
   */
  public static ObjectNode implication(String variantRef, String patientRef) {
    ObjectNode node = FhirJson.observation(IG + "diagnostic-implication", patientRef);
    FhirJson.coded(node.putObject("code"), TBD, "diagnostic-implication", "Diagnostic Implication");
    node.putArray("derivedFrom").addObject().put("reference", variantRef);
    return node;
  }
}
