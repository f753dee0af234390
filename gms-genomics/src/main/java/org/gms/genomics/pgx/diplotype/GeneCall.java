package org.gms.genomics.pgx.diplotype;

import java.util.List;
import java.util.Objects;
import org.gms.genomics.pgx.definition.DefinedPosition;

/**
 * The result of calling one gene for one sample.
 *
 * @param gene the gene symbol
 * @param status whether the gene was called, or why not
 * @param reason for people: why the gene was not called (null when called)
 * @param phased whether the calls were used as phased (all heterozygous calls phased in one phase
 *     set, or haploid)
 * @param diplotypes every top-scoring diplotype; more than one when the data cannot tell them apart
 * @param missingPositions defined positions without a call
 * @param undocumentedPositions positions where the sample has an allele no definition uses
 * @param uncallableAlleles named alleles that could not be told from others because every position
 *     that defines them is missing
 * @param notes for people: how the call was made where that matters (priorities, DPYD rule)
 */
public record GeneCall(
    String gene,
    CallStatus status,
    String reason,
    boolean phased,
    List<Diplotype> diplotypes,
    List<DefinedPosition> missingPositions,
    List<DefinedPosition> undocumentedPositions,
    List<String> uncallableAlleles,
    List<String> notes) {

  public GeneCall {
    Objects.requireNonNull(gene, "gene");
    Objects.requireNonNull(status, "status");
    diplotypes = List.copyOf(diplotypes);
    missingPositions = List.copyOf(missingPositions);
    undocumentedPositions = List.copyOf(undocumentedPositions);
    uncallableAlleles = List.copyOf(uncallableAlleles);
    notes = List.copyOf(notes);
    boolean hasCall = status == CallStatus.CALLED || status == CallStatus.OUTSIDE_CALL;
    if (hasCall == diplotypes.isEmpty()) {
      throw new IllegalArgumentException(
          gene + ": status " + status + " does not fit " + diplotypes.size() + " diplotypes");
    }
    if (!hasCall && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException(gene + ": an uncalled gene needs a reason");
    }
  }

  /** Whether the gene has diplotypes (from the VCF or an outside call). */
  public boolean callable() {
    return !diplotypes.isEmpty();
  }

  /** A gene that is not called: no diplotypes, with the reason. */
  public static GeneCall notCalled(
      String gene, CallStatus status, String reason, List<DefinedPosition> missing) {
    return new GeneCall(
        gene, status, reason, false, List.of(), missing, List.of(), List.of(), List.of());
  }

  /**
   * For people: how the missing positions limit the call, or null when none is missing. Alleles
   * whose every distinguishing position is missing cannot be detected, so the call cannot rule them
   * out; alleles missing only some positions were matched on the rest.
   */
  public String missingPositionsEffect() {
    if (missingPositions.isEmpty()) {
      return null;
    }
    int n = missingPositions.size();
    String text = n + (n == 1 ? " defined position has" : " defined positions have") + " no call";
    if (uncallableAlleles.isEmpty()) {
      return text
          + "; every named allele still has a called distinguishing position, and alleles defined"
          + " at a missing position were matched on their other positions";
    }
    return text
        + "; "
        + String.join(", ", uncallableAlleles)
        + (uncallableAlleles.size() == 1 ? " is" : " are")
        + " defined only at missing positions and cannot be detected: the call does not rule "
        + (uncallableAlleles.size() == 1 ? "it" : "them")
        + " out";
  }

  /** The diplotype names, each {@code A/B}. */
  public List<String> diplotypeNames() {
    return diplotypes.stream().map(Diplotype::name).toList();
  }
}
