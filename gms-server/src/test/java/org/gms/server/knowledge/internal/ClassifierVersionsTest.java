package org.gms.server.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gms.server.knowledge.KnowledgeImports;
import org.gms.server.knowledge.KnowledgeSource;
import org.gms.server.knowledge.KnowledgeVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The classifier the platform runs with is a knowledge version from the first start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassifierVersionsTest {

  @Autowired KnowledgeImports imports;
  @Autowired ClassifierVersions classifiers;

  @Test
  void theClassifierInUseIsRecordedOnceAsTheLatestClassifierVersion() {
    String inUse = ClassifierEvidence.inUse().guideline();

    KnowledgeVersion latest =
        imports.versions().stream()
            .filter(v -> v.source() == KnowledgeSource.CLASSIFIER)
            .findFirst()
            .orElseThrow();

    assertThat(latest.label()).isEqualTo(inUse).contains("2020");
    assertThat(classifiers.record(inUse, true)).as("the same classifier again").isFalse();
  }
}
