package org.gms.genomics.pgx.diplotype;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gms.genomics.pgx.definition.DefinedPosition;

/** The reasons a gene cannot be called that do not depend on the matching rule. */
final class CallChecks {

  private CallChecks() {}

  /** A not-called result when the sample's data rule out a call, else null. */
  static GeneCall reasonNotToCall(CompiledGene gene, SampleView view) {
    if (view.available == 0) {
      return GeneCall.notCalled(
          gene.gene(),
          CallStatus.NO_DATA,
          "none of the " + gene.positionCount + " defined positions has a call",
          view.missingPositions);
    }
    List<DefinedPosition> requiredMissing = new ArrayList<>();
    for (int p = 0; p < gene.positionCount; p++) {
      if (gene.required[p] && view.missing[p]) {
        requiredMissing.add(gene.definition.positions().get(p));
      }
    }
    if (!requiredMissing.isEmpty()) {
      return GeneCall.notCalled(
          gene.gene(),
          CallStatus.MISSING_REQUIRED_POSITIONS,
          "the definitions require a call at " + labels(requiredMissing),
          view.missingPositions);
    }
    if (!view.halfCalled.isEmpty()) {
      return GeneCall.notCalled(
          gene.gene(),
          CallStatus.INCOMPLETE_GENOTYPE,
          "a variant allele is called on one copy and the other copy has no call at "
              + labels(view.halfCalled)
              + "; the diplotype cannot be told (re-genotype these positions)",
          view.missingPositions);
    }
    if (!view.undocumented.isEmpty()) {
      return new GeneCall(
          gene.gene(),
          CallStatus.UNDOCUMENTED_VARIANT,
          "the sample carries an allele no named allele uses at " + labels(view.undocumented),
          false,
          List.of(),
          view.missingPositions,
          view.undocumented,
          List.of(),
          List.of());
    }
    return null;
  }

  /** Notes for positions whose undocumented allele was read as the reference allele. */
  static List<String> readAsReferenceNotes(SampleView view) {
    if (view.readAsReference.isEmpty()) {
      return List.of();
    }
    return List.of(
        "An allele no definition uses was read as the reference allele at "
            + labels(view.readAsReference)
            + " (for this gene undocumented variation is treated as reference)");
  }

  static String labels(List<DefinedPosition> positions) {
    return positions.stream().map(DefinedPosition::label).collect(Collectors.joining(", "));
  }
}
