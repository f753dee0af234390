package org.gms.genomics.pgx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.pgx.definition.DefinitionSnapshot;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.definition.NamedAllele;
import org.gms.genomics.pgx.recommendation.Guideline;
import org.gms.genomics.pgx.recommendation.GuidelineSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The precompiled allele definitions ({@code definitions/definitions.bin.gz}) and guidelines
 * ({@code guidelines/guidelines.bin.gz}) must be exactly what parsing the bundled JSON gives. When
 * a definition, exemption or guideline file changes, regenerate them:
 *
 * <pre>
 * ./mvnw -q -pl gms-genomics test -Dtest=PgxSnapshotTest -Dpgx.writeSnapshot=true
 * </pre>
 *
 * (that run still checks the old copy on the class path; run the test again to check the new one).
 */
class PgxSnapshotTest {

  private static final String REGENERATE =
      "regenerate it: ./mvnw -q -pl gms-genomics test -Dtest=PgxSnapshotTest"
          + " -Dpgx.writeSnapshot=true";

  private static List<String> index;
  private static Map<String, GeneDefinition> parsed;

  @BeforeAll
  static void parseTheJson() throws IOException {
    if (Boolean.getBoolean("pgx.writeSnapshot")) {
      Path root = Path.of("src/main/resources/org/gms/genomics/pgx/");
      PgxKnowledge.writeSnapshot(root.resolve(PgxKnowledge.SNAPSHOT));
      PgxKnowledge.writeGuidelineSnapshot(root.resolve(PgxKnowledge.GUIDELINE_SNAPSHOT));
    }
    index = PgxKnowledge.bundledIndex();
    parsed = PgxKnowledge.parseDefinitions(index);
  }

  @Test
  void isMadeFromTheBundledJsonFilesAsTheyAre() {
    assertThat(snapshot().madeFrom(PgxKnowledge.definitionDigest(index)))
        .as("the snapshot was made from other definition files; " + REGENERATE)
        .isTrue();
  }

  @Test
  void readsExactlyAsParsingTheJson() {
    Map<String, GeneDefinition> precompiled = snapshot().definitions();
    assertThat(precompiled.keySet()).containsExactlyInAnyOrderElementsOf(parsed.keySet());
    assertThat(parsed).hasSize(20);
    for (GeneDefinition gene : parsed.values()) {
      assertThat(precompiled.get(gene.gene())).as(gene.gene() + "; " + REGENERATE).isEqualTo(gene);
    }
  }

  @Test
  void isWhatWritingTheParsedJsonGives() throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    DefinitionSnapshot.of(PgxKnowledge.definitionDigest(index), parsed.values()).write(written);
    assertThat(written.toByteArray()).as(REGENERATE).isEqualTo(resourceBytes());
  }

  @Test
  void theKnowledgeRunsOnDefinitionsEqualToTheParsedOnes() {
    assertThat(PgxKnowledge.bundled().definitions()).isEqualTo(parsed);
    assertThat(PgxKnowledge.bundledDefinitionsPrecompiled()).as(REGENERATE).isTrue();
  }

  @Test
  void precompiledGuidelinesAreExactlyTheParsedOnesInTheSameOrder() throws IOException {
    GuidelineSnapshot snapshot =
        GuidelineSnapshot.read(
            new ByteArrayInputStream(resourceBytes(PgxKnowledge.GUIDELINE_SNAPSHOT)), "snapshot");
    List<Guideline> parsedGuidelines = PgxKnowledge.parseGuidelines(index);

    assertThat(snapshot.madeFrom(PgxKnowledge.guidelineDigest(index))).as(REGENERATE).isTrue();
    assertThat(parsedGuidelines).hasSize(118);
    assertThat(snapshot.guidelines()).as(REGENERATE).isEqualTo(parsedGuidelines);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    new GuidelineSnapshot(PgxKnowledge.guidelineDigest(index), parsedGuidelines).write(written);
    assertThat(written.toByteArray())
        .as(REGENERATE)
        .isEqualTo(resourceBytes(PgxKnowledge.GUIDELINE_SNAPSHOT));
    assertThat(PgxKnowledge.bundled().guidelines()).isEqualTo(parsedGuidelines);
    assertThat(PgxKnowledge.bundledGuidelinesPrecompiled()).as(REGENERATE).isTrue();
  }

  /** The comparison can fail: one changed base, or another source digest, is seen. */
  @Test
  void aDivergentSnapshotIsNoticed() throws IOException {
    GeneDefinition cyp2c19 = parsed.get("CYP2C19");
    List<NamedAllele> alleles = new ArrayList<>(cyp2c19.alleles());
    NamedAllele second = alleles.get(1);
    List<String> bases = new ArrayList<>(second.bases());
    int changed = 0;
    while (bases.get(changed) == null) {
      changed++;
    }
    bases.set(changed, null);
    alleles.set(1, new NamedAllele(second.name(), second.id(), false, bases));
    GeneDefinition edited =
        new GeneDefinition(
            cyp2c19.gene(),
            cyp2c19.chromosome(),
            cyp2c19.genomeBuild(),
            cyp2c19.version(),
            cyp2c19.positions(),
            alleles,
            cyp2c19.coreAlleles(),
            cyp2c19.exemption());
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    DefinitionSnapshot.of(new byte[] {1, 2, 3}, List.of(edited)).write(written);
    DefinitionSnapshot read =
        DefinitionSnapshot.read(new ByteArrayInputStream(written.toByteArray()), "edited");

    assertThat(read.definitions().get("CYP2C19")).isEqualTo(edited).isNotEqualTo(cyp2c19);
    assertThat(read.madeFrom(PgxKnowledge.definitionDigest(index))).isFalse();
  }

  private static DefinitionSnapshot snapshot() {
    return DefinitionSnapshot.read(new ByteArrayInputStream(resourceBytes()), "snapshot");
  }

  private static byte[] resourceBytes() {
    return resourceBytes(PgxKnowledge.SNAPSHOT);
  }

  private static byte[] resourceBytes(String snapshot) {
    try (InputStream in =
        PgxKnowledge.class.getResourceAsStream("/org/gms/genomics/pgx/" + snapshot)) {
      assertThat(in).as("the snapshot resource is missing; " + REGENERATE).isNotNull();
      return new GZIPInputStream(in).readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
