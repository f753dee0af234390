package org.gms.server.research.internal;

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

  private final GenotypeIndex store;
  private final Consents consents;
  private final AuditLog audit;

  BeaconVariants(GenotypeIndex store, Consents consents, AuditLog audit) {
    this.store = store;
    this.consents = consents;
    this.audit = audit;
  }

  /** The g_variants answer. */
  Map<String, Object> answer(VariantQuery query, Granularity granularity, int skip, int limit) {
    GenotypeIndex.Found found = store.find(query, consents.researchParticipants());
    List<GenotypeIndex.Match> matches = found.matches();
    int individuals = found.carriers();
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
            match -> VariantRecords.of(match, found.consented(), found.version()));
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
}
