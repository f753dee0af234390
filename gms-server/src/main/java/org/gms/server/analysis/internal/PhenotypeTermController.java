package org.gms.server.analysis.internal;

import java.util.List;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.GmsException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HPO term look-up for forms: {@code GET /api/hpo/terms?q=seiz}. */
@RestController
class PhenotypeTermController {

  private static final int MAX_LIMIT = 50;

  record Term(String id, String name) {}

  @GetMapping("/api/hpo/terms")
  List<Term> search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new GmsException("limit must be 1 to " + MAX_LIMIT + ", not " + limit + ".");
    }
    HpoOntology ontology = PhenotypeKnowledge.bundled().ontology();
    return ontology.search(q, limit).stream()
        .map(id -> new Term(id.toString(), ontology.name(id)))
        .toList();
  }
}
