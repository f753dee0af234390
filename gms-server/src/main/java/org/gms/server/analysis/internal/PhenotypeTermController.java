package org.gms.server.analysis.internal;

import java.util.List;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.TermResolution;
import org.gms.server.GmsException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HPO term look-up for forms and pages: {@code GET /api/hpo/terms?q=seiz} finds terms by words,
 * {@code GET /api/hpo/terms?ids=HP:0001250,HP:0001263} names the ids a page shows (an unknown or
 * malformed id comes back with {@code known: false} and a name saying so).
 */
@RestController
class PhenotypeTermController {

  private static final int MAX_LIMIT = 50;

  record Term(String id, String name) {}

  record Named(String id, String name, boolean known) {}

  private static final int MAX_IDS = 200;

  @GetMapping(value = "/api/hpo/terms", params = "ids")
  List<Named> names(@RequestParam List<String> ids) {
    if (ids.size() > MAX_IDS) {
      throw new GmsException(
          "ids: at most " + MAX_IDS + " HPO ids at once, not " + ids.size() + ".");
    }
    HpoOntology ontology = PhenotypeKnowledge.bundled().ontology();
    return ids.stream()
        .map(String::strip)
        .filter(id -> !id.isEmpty())
        .map(id -> named(ontology, id))
        .toList();
  }

  private static Named named(HpoOntology ontology, String id) {
    HpoTermId term;
    try {
      term = HpoTermId.parse(id);
    } catch (IllegalArgumentException e) {
      return new Named(id, "not an HPO id", false);
    }
    TermResolution resolution = ontology.resolve(term);
    if (resolution.status() == TermResolution.Status.CURRENT) {
      return new Named(id, ontology.name(term), true);
    }
    if (resolution.candidates().size() == 1
        && resolution.status() != TermResolution.Status.OBSOLETE_AMBIGUOUS) {
      HpoTermId current = resolution.candidates().get(0);
      return new Named(id, ontology.name(current) + " (now " + current + ")", true);
    }
    return new Named(id, "unknown or obsolete HPO term", false);
  }

  @GetMapping(value = "/api/hpo/terms", params = "q")
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
