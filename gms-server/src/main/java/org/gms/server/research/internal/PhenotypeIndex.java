package org.gms.server.research.internal;

import java.util.BitSet;
import java.util.Set;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.ordering.OrderCases;
import org.gms.server.record.NhsNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link IndexedCohort} current for individuals queries, so a query ANDs a few bitsets
 * instead of reading and comparing every participant. Phenotypes only arrive as orders' HPO terms
 * (stored by this or another server, or written straight to the table as the benchmark does), so
 * each query compares the orders version (one read) rather than waiting for events, and re-reads
 * the cohort when an order was stored or someone not in it has agreed to research; a withdrawal
 * only changes the consented bits. Read at the first query after start, like the genotype store.
 */
@Component
class PhenotypeIndex {

  private static final Logger LOG = LoggerFactory.getLogger(PhenotypeIndex.class);

  /** The cohort, and the consented bits last made in it for one participants answer. */
  private record Current(IndexedCohort cohort, Set<NhsNumber> participants, BitSet consented) {

    Current {
      if (cohort == null || participants == null || consented == null) {
        throw new IllegalArgumentException("The current index needs a cohort and its consent bits");
      }
    }
  }

  /** The cohort and the consented individuals' numbers in it, as of one query. */
  record Consented(IndexedCohort cohort, BitSet numbers) {

    Consented {
      if (cohort == null || numbers == null) {
        throw new IllegalArgumentException("Consented numbers need their cohort");
      }
    }
  }

  private final JdbcResearchView view;
  private final OrderCases orders;
  private volatile Current current;

  PhenotypeIndex(JdbcResearchView view, OrderCases orders) {
    this.view = view;
    this.orders = orders;
  }

  /**
   * The cohort covering these participants with their numbers set, at the orders version of now.
   * The bits are shared: callers must not change them.
   */
  Consented consented(Set<NhsNumber> participants) {
    // read before the cohort, so the cohort may only be newer than the version it is stored with
    OrderCases.PhenotypesVersion version = orders.phenotypesVersion();
    Current known = current;
    if (known != null && known.cohort().version().equals(version)) {
      if (known.participants() == participants) {
        return new Consented(known.cohort(), known.consented());
      }
      if (known.cohort().asked().containsAll(participants)) {
        return remember(known.cohort(), participants);
      }
    }
    synchronized (this) {
      known = current;
      IndexedCohort cohort = known == null ? null : known.cohort();
      if (cohort == null
          || !cohort.version().equals(version)
          || !cohort.asked().containsAll(participants)) {
        cohort = read(version, participants);
      }
      return remember(cohort, participants);
    }
  }

  private Consented remember(IndexedCohort cohort, Set<NhsNumber> participants) {
    BitSet consented = cohort.numbersOf(participants);
    current = new Current(cohort, participants, consented);
    return new Consented(cohort, consented);
  }

  private IndexedCohort read(OrderCases.PhenotypesVersion version, Set<NhsNumber> participants) {
    long started = System.nanoTime();
    IndexedCohort cohort =
        IndexedCohort.of(
            version,
            participants,
            view.read(participants),
            PhenotypeKnowledge.bundled().ontology());
    LOG.info(
        "Phenotype index: {} individuals, {} HPO terms (with ancestors), {} KB of bitsets, read in"
            + " {} ms",
        cohort.individuals().size(),
        cohort.terms().size(),
        cohort.bitsetBytes() / 1024,
        (System.nanoTime() - started) / 1_000_000);
    return cohort;
  }
}
