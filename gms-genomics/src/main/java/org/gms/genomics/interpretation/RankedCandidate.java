package org.gms.genomics.interpretation;

import java.util.List;

/**
 * A candidate's place in the ranking, its tier, its score and the reasons, line by line.
 *
 * @param rank 1 for the best candidate
 * @param score the combined score used within a tier, 0 to 1
 */
public record RankedCandidate(
    int rank, Tier tier, double score, Candidate candidate, List<String> explanation) {

  public RankedCandidate {
    explanation = List.copyOf(explanation);
    if (rank < 1 || tier == null || candidate == null) {
      throw new IllegalArgumentException(
          "A ranked candidate needs a rank >= 1, a tier, a candidate");
    }
  }
}
