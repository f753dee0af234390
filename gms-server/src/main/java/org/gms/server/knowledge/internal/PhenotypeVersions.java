package org.gms.server.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The phenotype knowledge of stored HPO versions: the version's genes_to_phenotype on the bundled
 * ontology, loaded from the stored file on first use; the last two are kept, and the bundled
 * annotations once loaded.
 */
@Component
class PhenotypeVersions {

  record Loaded(PhenotypeKnowledge knowledge, GenePrioritiser prioritiser) {}

  private final JdbcClient jdbc;
  private final Map<Long, Loaded> cache = new LinkedHashMap<>();
  private Loaded bundled;

  PhenotypeVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The annotations bundled with GMS, which runs use when no HPO version was imported. */
  synchronized Loaded bundled() {
    if (bundled == null) {
      PhenotypeKnowledge knowledge = PhenotypeKnowledge.bundled();
      bundled = new Loaded(knowledge, GenePrioritiser.likelihoodRatio(knowledge));
    }
    return bundled;
  }

  synchronized Loaded of(long versionId) {
    Loaded loaded = cache.get(versionId);
    if (loaded != null) {
      return loaded;
    }
    byte[] content =
        jdbc.sql("SELECT content FROM knowledge_file WHERE version_id = :id")
            .param("id", versionId)
            .query(byte[].class)
            .single();
    Path file = null;
    try {
      file =
          Files.createTempFile(
              "gms-hpo-" + versionId + "-", KnowledgeFiles.isGzip(content) ? ".txt.gz" : ".txt");
      Files.write(file, content);
      PhenotypeKnowledge knowledge = PhenotypeKnowledge.builder().genesToPhenotype(file).load();
      loaded = new Loaded(knowledge, GenePrioritiser.likelihoodRatio(knowledge));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack HPO version " + versionId, e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
    while (cache.size() >= 2) {
      cache.remove(cache.keySet().iterator().next());
    }
    cache.put(versionId, loaded);
    return loaded;
  }
}
