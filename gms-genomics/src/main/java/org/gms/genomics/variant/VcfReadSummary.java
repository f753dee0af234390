package org.gms.genomics.variant;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a reading pass saw: records delivered, records skipped by lenient reading (counted by
 * problem, with the first error of each kind as an example), and header repairs.
 *
 * @param recordsRead records delivered to the caller
 * @param skipped how many records were skipped, by problem
 * @param firstExample the first error message of each skipped problem
 * @param headerWarnings header problems that lenient reading repaired
 */
public record VcfReadSummary(
    long recordsRead,
    Map<VcfProblem, Long> skipped,
    Map<VcfProblem, String> firstExample,
    List<String> headerWarnings) {

  public VcfReadSummary {
    skipped = Map.copyOf(skipped);
    firstExample = Map.copyOf(firstExample);
    headerWarnings = List.copyOf(headerWarnings);
  }

  public long recordsSkipped() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A short human-readable report, one line per kind of problem. */
  public String describe() {
    StringBuilder text =
        new StringBuilder()
            .append(recordsRead)
            .append(" records read, ")
            .append(recordsSkipped())
            .append(" skipped");
    for (String warning : headerWarnings) {
      text.append("\n  header repaired: ").append(warning);
    }
    String perProblem =
        skipped.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    "\n  "
                        + e.getValue()
                        + " x "
                        + e.getKey().description()
                        + " (first: "
                        + firstExample.get(e.getKey())
                        + ")")
            .collect(Collectors.joining());
    return text.append(perProblem).toString();
  }
}
