package org.gms.server.knowledge.internal;

import java.util.Optional;
import org.gms.server.analysis.PhenotypeAnnotations;
import org.gms.server.knowledge.KnowledgeSource;
import org.springframework.stereotype.Component;

/** Rare-disease runs rank with the latest HPO annotations imported as a knowledge version. */
@Component
class ImportedPhenotypeAnnotations implements PhenotypeAnnotations {

  private final KnowledgeVersions versions;
  private final PhenotypeVersions phenotypes;

  ImportedPhenotypeAnnotations(KnowledgeVersions versions, PhenotypeVersions phenotypes) {
    this.versions = versions;
    this.phenotypes = phenotypes;
  }

  @Override
  public Optional<Version> latest() {
    return versions
        .latest(KnowledgeSource.HPO)
        .map(
            v -> {
              PhenotypeVersions.Loaded loaded = phenotypes.of(v.id());
              return new Version(v.id(), v.label(), loaded.knowledge(), loaded.prioritiser());
            });
  }
}
