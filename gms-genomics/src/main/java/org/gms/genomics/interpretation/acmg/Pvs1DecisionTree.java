package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.PVS1;

import java.util.Locale;

/**
 * PVS1 by the ClinGen SVI decision tree (Abou Tayoun et al. 2018, Hum Mutat 39:1517, Figure 1) as
 * far as the inputs allow. Loss of function must be a disease mechanism of the gene. Then:
 *
 * <ul>
 *   <li>nonsense/frameshift predicted to undergo NMD, exon in the relevant transcript: PVS1; NMD is
 *       predicted unless the stop lies in the last exon or in the 3'-most 50 nucleotides of the
 *       penultimate exon (or the transcript has one exon);
 *   <li>escaping NMD: truncated region critical, or more than 10% of the protein removed:
 *       PVS1_Strong; otherwise PVS1_Moderate;
 *   <li>canonical ±1/2 splice site: frame-disrupting with NMD as above; in-frame: critical or more
 *       than 10% removed PVS1_Strong, else PVS1_Moderate;
 *   <li>initiation codon: an alternative start known in another functional transcript: not
 *       applicable; pathogenic variants upstream of the closest in-frame start: PVS1_Moderate; else
 *       PVS1_Supporting;
 *   <li>whole-transcript deletion: PVS1.
 * </ul>
 *
 * Where a fact is unknown the tree takes the weaker branch, and the reason says so.
 */
final class Pvs1DecisionTree implements CriterionRule {

  private static final double REMOVED_FRACTION = 0.10;
  private static final int NMD_BOUNDARY = 50;

  private record Outcome(Strength strength, String reason) {
    static Outcome notApplicable(String reason) {
      return new Outcome(null, reason);
    }
  }

  private enum Nmd {
    PREDICTED,
    ESCAPED,
    UNCERTAIN
  }

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    if (!Consequences.isNull(facts)) {
      findings.skip(PVS1, "not a null variant (" + String.join(", ", facts.consequences()) + ")");
      return;
    }
    LossOfFunctionMechanism mechanism = facts.lossOfFunction();
    if (!mechanism.supportsPvs1()) {
      findings.skip(
          PVS1,
          "loss of function is not an established disease mechanism for "
              + (facts.gene() == null ? "the gene" : facts.gene())
              + " ("
              + mechanism.basis()
              + ")");
      return;
    }
    Outcome outcome;
    if (Consequences.any(facts, Consequences.WHOLE_TRANSCRIPT)) {
      outcome = new Outcome(Strength.VERY_STRONG, "whole-transcript deletion");
    } else if (facts.transcript() == null) {
      findings.skip(
          PVS1, "the exon position is unknown, so the PVS1 decision tree cannot be followed");
      return;
    } else if (Consequences.any(facts, Consequences.START_LOSS)) {
      outcome = initiationCodon(facts.transcript());
    } else if (Consequences.any(facts, Consequences.CANONICAL_SPLICE)) {
      outcome = spliceSite(facts.transcript());
    } else {
      outcome = truncating(facts.transcript());
    }
    if (outcome.strength() == null) {
      findings.skip(PVS1, outcome.reason());
    } else {
      findings.apply(
          PVS1, outcome.strength(), outcome.reason() + "; mechanism: " + mechanism.basis());
    }
  }

  private Outcome truncating(TranscriptContext context) {
    return switch (nmd(context)) {
      case PREDICTED ->
          withNmd(
              context,
              "premature stop in exon "
                  + context.exon()
                  + " of "
                  + context.exonCount()
                  + ", predicted to undergo NMD");
      case ESCAPED ->
          escapingNmd(context, "premature stop escapes NMD (" + nmdReason(context) + ")");
      case UNCERTAIN ->
          escapingNmd(
              context,
              "NMD uncertain (penultimate exon, distance to the last junction unknown): weaker"
                  + " branch taken");
    };
  }

  private Outcome spliceSite(TranscriptContext context) {
    if (context.readingFramePreserved().isEmpty()) {
      return inFrame(
          context,
          "canonical splice site, effect on the reading frame unknown: in-frame (weaker) branch"
              + " taken");
    }
    if (context.readingFramePreserved().get()) {
      return inFrame(context, "canonical splice site, reading frame preserved");
    }
    return switch (nmd(context)) {
      case PREDICTED ->
          withNmd(context, "canonical splice site disrupting the frame, NMD predicted");
      case ESCAPED ->
          escapingNmd(context, "canonical splice site disrupting the frame, escapes NMD");
      case UNCERTAIN ->
          escapingNmd(context, "canonical splice site disrupting the frame, NMD uncertain");
    };
  }

  private Outcome initiationCodon(TranscriptContext context) {
    if (context.alternativeStartCodon().orElse(false)) {
      return Outcome.notApplicable(
          "start-loss: another functional transcript uses an alternative start codon");
    }
    if (context.pathogenicUpstreamOfAlternativeStart().orElse(false)) {
      return new Outcome(
          Strength.MODERATE,
          "start-loss with pathogenic variants upstream of the closest in-frame start codon");
    }
    return new Outcome(
        Strength.SUPPORTING,
        context.pathogenicUpstreamOfAlternativeStart().isEmpty()
            ? "start-loss; pathogenic variants upstream of the next start codon not known"
            : "start-loss, no pathogenic variants upstream of the closest in-frame start codon");
  }

  private Outcome withNmd(TranscriptContext context, String reason) {
    if (!context.exonInRelevantTranscripts().orElse(true)) {
      return Outcome.notApplicable(
          reason + ", but the exon is absent from the biologically relevant transcript(s)");
    }
    return new Outcome(Strength.VERY_STRONG, reason);
  }

  private Outcome escapingNmd(TranscriptContext context, String reason) {
    if (context.criticalRegion().orElse(false)) {
      return new Outcome(
          Strength.STRONG, reason + "; the truncated region is critical to function");
    }
    return bySize(context, reason);
  }

  private Outcome inFrame(TranscriptContext context, String reason) {
    if (context.criticalRegion().orElse(false)) {
      return new Outcome(Strength.STRONG, reason + "; the skipped region is critical to function");
    }
    return bySize(context, reason);
  }

  private Outcome bySize(TranscriptContext context, String reason) {
    if (context.proteinFractionRemoved().isEmpty()) {
      return new Outcome(Strength.MODERATE, reason + "; role and size of the lost region unknown");
    }
    double fraction = context.proteinFractionRemoved().getAsDouble();
    String size = String.format(Locale.ROOT, "%.1f%% of the protein", 100 * fraction);
    return fraction > REMOVED_FRACTION
        ? new Outcome(Strength.STRONG, reason + "; removes " + size + " (> 10%)")
        : new Outcome(Strength.MODERATE, reason + "; removes " + size + " (<= 10%)");
  }

  private static Nmd nmd(TranscriptContext context) {
    if (context.exonCount() == 1 || context.exon() == context.exonCount()) {
      return Nmd.ESCAPED;
    }
    if (context.exon() == context.exonCount() - 1) {
      if (context.stopDistanceToLastJunction().isEmpty()) {
        return Nmd.UNCERTAIN;
      }
      return context.stopDistanceToLastJunction().getAsInt() <= NMD_BOUNDARY
          ? Nmd.ESCAPED
          : Nmd.PREDICTED;
    }
    return Nmd.PREDICTED;
  }

  private static String nmdReason(TranscriptContext context) {
    if (context.exonCount() == 1) {
      return "single-exon transcript";
    }
    if (context.exon() == context.exonCount()) {
      return "last exon";
    }
    return "within the 3'-most 50 nt of the penultimate exon";
  }
}
