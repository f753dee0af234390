package org.gms.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator used on the platform's FHIR output does find profile violations. */
class FhirValidationTest {

  private static final String VARIANT =
      """
      {"resourceType": "Observation",
       "meta": {"profile": ["http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"]},
       "status": "final",
       %s
       "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
       "subject": {"display": "patient"},
       "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9633-4"}]}}
      """;

  private static final String CATEGORIES =
      """
      "category": [
        {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]},
        {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "GE"}]}],
      """;

  @Test
  void aVariantObservationWithTheIgsCategoriesIsValid() {
    assertThat(FhirValidation.errors(VARIANT.formatted(CATEGORIES))).isEmpty();
  }

  @Test
  void withoutTheGeneticsCategoryTheProfileIsViolated() {
    String withoutGenetics =
        CATEGORIES.replace(
            ",\n  {\"coding\": [{\"system\": \"http://terminology.hl7.org/CodeSystem/v2-0074\", \"code\": \"GE\"}]}",
            "");

    assertThat(FhirValidation.errors(VARIANT.formatted(withoutGenetics)))
        .anySatisfy(error -> assertThat(error).contains("category"));
  }
}
