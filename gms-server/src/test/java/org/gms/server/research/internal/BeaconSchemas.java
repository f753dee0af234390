package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The published Beacon v2 JSON schemas (framework and default model) from the shared reference
 * copy, with every {@code $ref} resolved locally: the schemas' GitHub addresses map to the copy,
 * and any other remote reference fails the test instead of being fetched. VRS 1.3 (which the
 * genomicVariations model refers to for its VRS variation forms) is not in the copy: it is replaced
 * by a stub in which the VRS forms match nothing, so variations must be valid {@code
 * LegacyVariation}s, and a VRS {@code Location} is any object.
 */
final class BeaconSchemas {

  static final Path ROOT = Path.of("/work/shared/reference/standards/beacon-v2");
  private static final String GITHUB =
      "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/";
  private static final String VRS = "https://w3id.org/ga4gh/schema/vrs/1.3/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile JsonSchemaFactory factory;
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private BeaconSchemas() {}

  /** Skips the calling test when the reference copy is absent. */
  static void assumePresent() {
    Assumptions.assumeTrue(
        Files.isDirectory(ROOT.resolve("framework/json")),
        "The Beacon v2 schemas are not at "
            + ROOT
            + " (shared reference data); schema validation skipped.");
  }

  /** Asserts that the JSON is valid against the schema at the path under the reference copy. */
  static void assertValid(String json, String schemaPath) {
    assumePresent();
    JsonSchema schema =
        SCHEMAS.computeIfAbsent(
            schemaPath,
            p -> factory().getSchema(SchemaLocation.of(ROOT.resolve(p).toUri().toString())));
    try {
      JsonNode node = JSON.readTree(json);
      Set<ValidationMessage> errors = schema.validate(node);
      assertThat(errors).as("%s against %s", json, schemaPath).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchemaFactory factory() {
    if (factory == null) {
      synchronized (BeaconSchemas.class) {
        if (factory == null) {
          factory = build();
        }
      }
    }
    return factory;
  }

  private static JsonSchemaFactory build() {
    try {
      Path stub = Files.createTempDirectory("vrs-stub");
      Files.writeString(
          stub.resolve("vrs.json"),
          """
          {"$schema": "https://json-schema.org/draft/2020-12/schema",
           "definitions": {"MolecularVariation": false, "SystemicVariation": false,
                           "Location": {"type": "object"}}}
          """);
      return JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder
                  .schemaMappers(
                      mappers ->
                          mappers
                              .mapPrefix(GITHUB, ROOT.toUri().toString())
                              .mapPrefix(VRS, stub.toUri().toString()))
                  .schemaLoaders(
                      loaders ->
                          loaders.values(
                              list ->
                                  list.add(
                                      0,
                                      iri -> {
                                        String text = iri.toString();
                                        if (text.startsWith("http")
                                            && !text.startsWith("https://json-schema.org/")) {
                                          throw new IllegalStateException(
                                              "Schema reference "
                                                  + text
                                                  + " is not in the local copy; refusing to"
                                                  + " fetch it over the network");
                                        }
                                        return null;
                                      }))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
