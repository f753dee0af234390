package org.gms.server.research;

import java.util.List;
import java.util.OptionalLong;

/** What researchers may see. Callers must be researchers; every call is audited. */
public interface ResearchView {

  /** Counts below this are not given: a small group can identify its members. */
  int SMALLEST_COUNT = 5;

  /** Every individual whose current research decision is GIVEN, pseudonymised. */
  List<ResearchIndividual> individuals();

  /**
   * Every consented individual as a GA4GH Phenopacket v2 (JSON, one per individual): research id,
   * sex and the HPO terms of their requests; no direct identifiers.
   */
  List<String> phenopackets();

  /**
   * How many consented individuals have the HPO term on a request (exactly that term); empty when
   * fewer than {@value #SMALLEST_COUNT}.
   */
  OptionalLong countWithPhenotype(String hpoTerm);
}
