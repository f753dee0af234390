package org.gms.genomics.interpretation.acmg;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Where a null variant lies in its transcript, for the PVS1 decision tree (Abou Tayoun et al. 2018,
 * Hum Mutat 39:1517). Only exon and exon count are required; each other fact, when unknown, sends
 * the tree down its weaker branch.
 *
 * @param exon the exon hit (1-based), or holding the premature stop
 * @param exonCount exons in the transcript
 * @param stopDistanceToLastJunction nucleotides from the premature stop codon to the last exon-exon
 *     junction (positive upstream); decides NMD in the penultimate exon (the 50-nt rule)
 * @param proteinFractionRemoved the fraction of the protein the variant removes or alters (0..1)
 * @param criticalRegion whether the truncated or skipped region is critical to protein function
 * @param exonInRelevantTranscripts whether the exon is in the biologically relevant transcript(s)
 * @param readingFramePreserved for a canonical splice variant, whether the predicted exon skipping
 *     or cryptic site keeps the reading frame
 * @param alternativeStartCodon for a start-loss, whether an in-frame alternative start is known
 * @param pathogenicUpstreamOfAlternativeStart for a start-loss, whether pathogenic variants lie
 *     upstream of the closest in-frame start codon
 */
public record TranscriptContext(
    int exon,
    int exonCount,
    OptionalInt stopDistanceToLastJunction,
    OptionalDouble proteinFractionRemoved,
    Optional<Boolean> criticalRegion,
    Optional<Boolean> exonInRelevantTranscripts,
    Optional<Boolean> readingFramePreserved,
    Optional<Boolean> alternativeStartCodon,
    Optional<Boolean> pathogenicUpstreamOfAlternativeStart) {

  public TranscriptContext {
    if (exonCount < 1 || exon < 1 || exon > exonCount) {
      throw new IllegalArgumentException("Exon " + exon + " of " + exonCount + " is not possible");
    }
    if (proteinFractionRemoved.isPresent()
        && !(proteinFractionRemoved.getAsDouble() >= 0
            && proteinFractionRemoved.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("The protein fraction removed lies in [0, 1]");
    }
  }

  /** Exon position only; every other fact unknown. */
  public static TranscriptContext exon(int exon, int exonCount) {
    return new TranscriptContext(
        exon,
        exonCount,
        OptionalInt.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Parses an exon written as annotation tools do, e.g. {@code 3/23}. */
  public static Optional<TranscriptContext> parseExon(String exonOverCount) {
    if (exonOverCount == null || !exonOverCount.matches("\\d+(-\\d+)?/\\d+")) {
      return Optional.empty();
    }
    String[] parts = exonOverCount.split("/");
    String[] range = parts[0].split("-");
    int exon = Integer.parseInt(range[range.length - 1]);
    int count = Integer.parseInt(parts[1]);
    return exon >= 1 && exon <= count ? Optional.of(exon(exon, count)) : Optional.empty();
  }

  public TranscriptContext withStopDistanceToLastJunction(int nucleotides) {
    return new TranscriptContext(
        exon,
        exonCount,
        OptionalInt.of(nucleotides),
        proteinFractionRemoved,
        criticalRegion,
        exonInRelevantTranscripts,
        readingFramePreserved,
        alternativeStartCodon,
        pathogenicUpstreamOfAlternativeStart);
  }

  public TranscriptContext withProteinFractionRemoved(double fraction) {
    return new TranscriptContext(
        exon,
        exonCount,
        stopDistanceToLastJunction,
        OptionalDouble.of(fraction),
        criticalRegion,
        exonInRelevantTranscripts,
        readingFramePreserved,
        alternativeStartCodon,
        pathogenicUpstreamOfAlternativeStart);
  }

  public TranscriptContext withCriticalRegion(boolean critical) {
    return new TranscriptContext(
        exon,
        exonCount,
        stopDistanceToLastJunction,
        proteinFractionRemoved,
        Optional.of(critical),
        exonInRelevantTranscripts,
        readingFramePreserved,
        alternativeStartCodon,
        pathogenicUpstreamOfAlternativeStart);
  }

  public TranscriptContext withExonInRelevantTranscripts(boolean relevant) {
    return new TranscriptContext(
        exon,
        exonCount,
        stopDistanceToLastJunction,
        proteinFractionRemoved,
        criticalRegion,
        Optional.of(relevant),
        readingFramePreserved,
        alternativeStartCodon,
        pathogenicUpstreamOfAlternativeStart);
  }

  public TranscriptContext withReadingFramePreserved(boolean preserved) {
    return new TranscriptContext(
        exon,
        exonCount,
        stopDistanceToLastJunction,
        proteinFractionRemoved,
        criticalRegion,
        exonInRelevantTranscripts,
        Optional.of(preserved),
        alternativeStartCodon,
        pathogenicUpstreamOfAlternativeStart);
  }

  public TranscriptContext withAlternativeStartCodon(boolean known, boolean pathogenicUpstream) {
    return new TranscriptContext(
        exon,
        exonCount,
        stopDistanceToLastJunction,
        proteinFractionRemoved,
        criticalRegion,
        exonInRelevantTranscripts,
        readingFramePreserved,
        Optional.of(known),
        Optional.of(pathogenicUpstream));
  }
}
