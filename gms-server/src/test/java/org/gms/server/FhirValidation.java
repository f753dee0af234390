package org.gms.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Assumptions;

/**
 * The HAPI FHIR validator with the HL7 Genomics Reporting IG 3.0.0 package from the shared
 * reference data (tests are skipped without it): structure, cardinality, fixed and pattern codes,
 * slices and invariants of the IG's profiles. Terminology is not checked: the bindings to LOINC
 * answer lists and HGVS need a terminology server, which tests do not have.
 */
public final class FhirValidation {

  private static final Path IG =
      Path.of(
          "../../shared/reference/standards/fhir-genomics-reporting/hl7.fhir.uv.genomics-reporting-3.0.0.tgz");
  private static FhirValidator validator;

  private FhirValidation() {}

  /** The error (and fatal) messages for a resource given as JSON; empty when it is valid. */
  public static List<String> errors(String json) {
    List<SingleValidationMessage> messages = validator().validateWithResult(json).getMessages();
    return messages.stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(m -> m.getLocationString() + ": " + m.getMessage())
        .toList();
  }

  private static synchronized FhirValidator validator() {
    Assumptions.assumeTrue(
        Files.isRegularFile(IG),
        "Skipped: the Genomics Reporting IG package is not at " + IG.toAbsolutePath());
    if (validator == null) {
      FhirContext context = FhirContext.forR4();
      PrePopulatedValidationSupport ig = new PrePopulatedValidationSupport(context);
      try (InputStream in = Files.newInputStream(IG)) {
        NpmPackage npm = NpmPackage.fromPackage(in);
        for (String file : npm.list("package")) {
          if (file.endsWith(".json")
              && !file.equals("package.json")
              && !file.startsWith(".")
              && !file.contains("openapi")
              && !file.equals("ig-r4.json")) {
            try (InputStream resource = npm.load("package", file)) {
              ig.addResource(context.newJsonParser().parseResource(resource));
            } catch (RuntimeException e) {
              // examples and non-resource files in the package are not needed for validation
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ValidationSupportChain chain =
          new ValidationSupportChain(
              ig,
              new DefaultProfileValidationSupport(context),
              new CommonCodeSystemsTerminologyService(context),
              new InMemoryTerminologyServerValidationSupport(context),
              new SnapshotGeneratingValidationSupport(context));
      FhirInstanceValidator module = new FhirInstanceValidator(chain);
      module.setAnyExtensionsAllowed(true);
      // LOINC answer lists and HGVS need a terminology server, which tests do not have
      module.setNoTerminologyChecks(true);
      FhirValidator built = context.newValidator();
      built.registerValidatorModule(module);
      validator = built;
    }
    return validator;
  }
}
