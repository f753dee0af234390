package org.gms.server.research.internal;

import java.util.List;
import java.util.OptionalLong;
import org.gms.server.GmsException;
import org.gms.server.research.ResearchIndividual;
import org.gms.server.research.ResearchView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The research view over HTTP, for researchers. */
@RestController
class ResearchController {

  private final ResearchView view;

  ResearchController(ResearchView view) {
    this.view = view;
  }

  /**
   * An aggregate answer: the count, or nothing with {@code suppressed} when it is below the
   * smallest count given.
   */
  record Count(String phenotype, Long count, boolean suppressed, int smallestCountGiven) {}

  @GetMapping("/api/research/individuals")
  List<ResearchIndividual> individuals() {
    return view.individuals();
  }

  /** Every consented individual as a Phenopacket v2, in a JSON array. */
  @GetMapping(value = "/api/research/phenopackets", produces = "application/json")
  String phenopackets() {
    return "[" + String.join(",", view.phenopackets()) + "]";
  }

  @GetMapping("/api/research/counts")
  Count count(@RequestParam String hpo) {
    String term = hpo.strip().toUpperCase(java.util.Locale.ROOT);
    if (!term.matches("HP:[0-9]{7}")) {
      throw new GmsException("hpo '" + hpo + "' is not an HPO id such as HP:0001250.");
    }
    OptionalLong count = view.countWithPhenotype(term);
    return new Count(
        term,
        count.isPresent() ? count.getAsLong() : null,
        count.isEmpty(),
        ResearchView.SMALLEST_COUNT);
  }
}
