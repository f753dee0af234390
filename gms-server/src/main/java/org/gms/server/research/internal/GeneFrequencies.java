package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchView;
import org.springframework.stereotype.Component;

/**
 * Allele frequencies of every variant of a gene in a sub-cohort: the research participants (current
 * decision GIVEN, read at each query) with the filters' sex and HPO terms (or terms below them),
 * counted by the research genotype store with that sub-cohort as the allow-list. A sub-cohort of
 * fewer than {@value ResearchView#SMALLEST_COUNT} individuals with genotypes gives no counts at
 * all, and a variant fewer than that many of them carry is listed without counts, as such counts
 * could tell about the people behind them. Every query is audited with what it gave.
 */
@Component
class GeneFrequencies {

  /**
   * The answer for one gene and sub-cohort.
   *
   * @param individuals the sub-cohort's individuals with genotypes; null when suppressed
   * @param alleleNumber twice that (diploid); null when suppressed
   * @param suppressed the sub-cohort is below the smallest count given: no counts at all
   */
  record Answer(
      String gene,
      String build,
      String contig,
      long start,
      long end,
      List<String> filters,
      Integer individuals,
      Integer alleleNumber,
      boolean suppressed,
      int smallestCountGiven,
      List<Frequency> variants) {

    Answer {
      filters = List.copyOf(filters);
      variants = List.copyOf(variants);
    }
  }

  /**
   * One variant: its counts in the sub-cohort, or none ({@code suppressed}) when fewer than the
   * smallest count carry it.
   *
   * @param variant build:contig:position:ref:alt
   */
  record Frequency(
      String variant,
      Integer carriers,
      Integer heterozygous,
      Integer homozygous,
      Integer alleleCount,
      Double alleleFrequency,
      boolean suppressed) {}

  private final VariantQueryParser parser;
  private final GenotypeIndex store;
  private final PhenotypeIndex phenotypes;
  private final Consents consents;
  private final AuditLog audit;

  GeneFrequencies(
      VariantQueryParser parser,
      GenotypeIndex store,
      PhenotypeIndex phenotypes,
      Consents consents,
      AuditLog audit) {
    this.parser = parser;
    this.store = store;
    this.phenotypes = phenotypes;
    this.consents = consents;
    this.audit = audit;
  }

  Answer of(String gene, List<String> filters) {
    VariantQuery query = parser.parse(null, null, null, null, null, null, gene);
    IndividualFilter filter = IndividualFilter.parse(filters);
    PhenotypeIndex.Consented consented = phenotypes.consented(consents.researchParticipants());
    BitSet numbers = consented.cohort().matchingNumbers(filter, consented.numbers());
    Set<NhsNumber> subCohort = consented.cohort().patients(numbers);
    GenotypeIndex.Found found = store.find(query, subCohort);
    int smallest = ResearchView.SMALLEST_COUNT;
    List<String> given = filters.stream().map(String::strip).toList();
    boolean suppressed = found.consented() < smallest;
    List<Frequency> variants = new ArrayList<>();
    int shown = 0;
    if (!suppressed) {
      int alleles = 2 * found.consented();
      for (GenotypeIndex.Match match : found.matches()) {
        int carriers = match.het() + match.hom();
        if (carriers < smallest) {
          variants.add(new Frequency(match.key().toString(), null, null, null, null, null, true));
        } else {
          int count = match.het() + 2 * match.hom();
          variants.add(
              new Frequency(
                  match.key().toString(),
                  carriers,
                  match.het(),
                  match.hom(),
                  count,
                  count / (double) alleles,
                  false));
          shown++;
        }
      }
    }
    audit.record(
        "query",
        "research",
        "frequencies " + query.gene() + " " + given,
        suppressed
            ? "suppressed"
            : found.consented()
                + " individuals, "
                + shown
                + " of "
                + variants.size()
                + " variants");
    return new Answer(
        query.gene(),
        query.build().name(),
        query.contig(),
        query.from(),
        query.to(),
        given,
        suppressed ? null : found.consented(),
        suppressed ? null : 2 * found.consented(),
        suppressed,
        smallest,
        variants);
  }
}
