package org.gms.server.analysis;

import java.util.Optional;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PhenotypeKnowledge;

/**
 * The HPO gene annotations a rare-disease run ranks genes with. The knowledge feature provides the
 * latest version imported through it ({@code ./gms knowledge import hpo}); with none imported, a
 * run uses the annotations bundled with the platform. Either way the run records which it used.
 */
public interface PhenotypeAnnotations {

  /** The latest imported version, if any. */
  Optional<Version> latest();

  /**
   * An imported version, loaded.
   *
   * @param id the knowledge version id
   * @param label the release, e.g. {@code 2026-02-16}
   */
  record Version(
      long id, String label, PhenotypeKnowledge knowledge, GenePrioritiser prioritiser) {}
}
