package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.springframework.stereotype.Component;

/**
 * Answers g_variants queries from the research genotype store, counting only the carriers whose
 * current research decision is GIVEN (read at each query), and audits every query with what it
 * gave.
 */
@Component
class BeaconVariants {

  private final GenotypeStore store;
  private final Consents consents;
  private final AuditLog audit;

  BeaconVariants(GenotypeStore store, Consents consents, AuditLog audit) {
    this.store = store;
    this.consents = consents;
    this.audit = audit;
  }

  /** A matched variant with its consented carriers. */
  record Match(GenotypeStore.Row row, int het, int hom) {}

  /** The g_variants answer. */
  Map<String, Object> answer(VariantQuery query, Granularity granularity, int skip, int limit) {
    GenotypeStore.Snapshot snapshot = store.snapshot();
    BitSet consented = store.bits(snapshot, consents.researchParticipants());
    List<Match> matches = new ArrayList<>();
    BitSet carriers = new BitSet();
    for (GenotypeStore.Row row :
        store.overlapping(snapshot, query.build(), query.contig(), query.from(), query.to())) {
      if (query.exact() != null && !row.is(query.exact())) {
        continue;
      }
      int het = countAndMark(row.het(), consented, carriers);
      int hom = countAndMark(row.hom(), consented, carriers);
      if (het + hom > 0) {
        matches.add(new Match(row, het, hom));
      }
    }
    int individuals = carriers.cardinality();
    Answer answer = Answer.of(granularity, individuals);
    audit.record(
        "query",
        "beacon",
        "g_variants",
        query.parameters()
            + " "
            + answer.granularity().id()
            + ": "
            + answer.audited(individuals)
            + " consented carriers, "
            + matches.size()
            + " variants");
    List<Object> results =
        BeaconEnvelope.page(
            answer,
            matches,
            skip,
            limit,
            match -> VariantRecords.of(match, consented.cardinality(), snapshot.version()));
    return BeaconEnvelope.response(
        new BeaconEnvelope.Found(
            BeaconEnvelope.VARIANT,
            query.parameters(),
            List.of(),
            answer,
            matches.size(),
            results,
            skip,
            limit,
            Map.of("consentedCarriers", answer.suppressed() ? "suppressed" : individuals)));
  }

  /** Counts the consented carriers and marks them, so each individual is counted once. */
  private static int countAndMark(int[] carriers, BitSet consented, BitSet marked) {
    int count = 0;
    for (int individual : carriers) {
      if (consented.get(individual)) {
        count++;
        marked.set(individual);
      }
    }
    return count;
  }
}
