package org.gms.genomics.interpretation.acmg;

import java.util.Set;

/** Groups of Sequence Ontology consequence terms the rules distinguish. */
final class Consequences {

  static final Set<String> NONSENSE_OR_FRAMESHIFT = Set.of("stop_gained", "frameshift_variant");
  static final Set<String> CANONICAL_SPLICE =
      Set.of("splice_donor_variant", "splice_acceptor_variant");
  static final Set<String> START_LOSS = Set.of("start_lost");
  static final Set<String> WHOLE_TRANSCRIPT = Set.of("transcript_ablation");
  static final Set<String> LENGTH_CHANGE =
      Set.of("inframe_insertion", "inframe_deletion", "stop_lost", "protein_altering_variant");
  static final Set<String> MISSENSE = Set.of("missense_variant");
  static final Set<String> SYNONYMOUS =
      Set.of("synonymous_variant", "stop_retained_variant", "start_retained_variant");
  static final Set<String> NON_CODING_SPLICE_REACH =
      Set.of(
          "splice_region_variant",
          "splice_donor_region_variant",
          "splice_donor_5th_base_variant",
          "splice_polypyrimidine_tract_variant",
          "intron_variant",
          "5_prime_UTR_variant",
          "3_prime_UTR_variant",
          "non_coding_transcript_exon_variant");

  private Consequences() {}

  static boolean any(VariantFacts facts, Set<String> terms) {
    return facts.consequences().stream().anyMatch(terms::contains);
  }

  static boolean isNull(VariantFacts facts) {
    return any(facts, NONSENSE_OR_FRAMESHIFT)
        || any(facts, CANONICAL_SPLICE)
        || any(facts, START_LOSS)
        || any(facts, WHOLE_TRANSCRIPT);
  }
}
