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
  private final GeneFrequencies frequencies;

  ResearchController(ResearchView view, GeneFrequencies frequencies) {
    this.view = view;
    this.frequencies = frequencies;
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

  /**
   * Allele frequencies of every variant of a gene in the consented sub-cohort the filters give (HPO
   * terms, with the terms below them, and a sex: NCIT:C16576 female, NCIT:C20197 male), small
   * counts suppressed.
   */
  @GetMapping("/api/research/frequencies")
  GeneFrequencies.Answer frequencies(
      @RequestParam String gene, @RequestParam(required = false) List<String> filters) {
    return this.frequencies.of(gene, filters == null ? List.of() : filters);
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
