package org.gms.server.directory;

import java.util.List;
import java.util.Set;

/**
 * A panel as genomic intervals on GRCh38, ready to write as BED.
 *
 * @param panelId PanelApp id
 * @param name panel name
 * @param version PanelApp version
 * @param levels the confidence levels chosen
 * @param paddingBases padding added to each side
 * @param intervals sorted by chromosome and position
 * @param unplaced genes with no GRCh38 coordinates known to the platform
 */
public record PanelTargets(
    int panelId,
    String name,
    String version,
    Set<Confidence> levels,
    int paddingBases,
    List<Interval> intervals,
    List<String> unplaced) {

  public PanelTargets {
    levels = Set.copyOf(levels);
    intervals = List.copyOf(intervals);
    unplaced = List.copyOf(unplaced);
  }

  /**
   * One interval. Coordinates are BED's: 0-based start, exclusive end.
   *
   * @param chrom chromosome with the {@code chr} prefix
   * @param start 0-based start
   * @param end exclusive end
   * @param name gene symbol or PanelApp entity name
   * @param confidence rating
   * @param strand + or - (. when unknown)
   * @param source where the coordinates come from, e.g. {@code MANE Select NM_000141.5}
   */
  public record Interval(
      String chrom,
      long start,
      long end,
      String name,
      Confidence confidence,
      String strand,
      String source) {
    public Interval {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "interval " + chrom + ":" + start + "-" + end + " is empty");
      }
    }
  }

  /** The BED text: a track comment, then chrom, start, end, name, score (0), strand. */
  public String toBed() {
    StringBuilder bed = new StringBuilder();
    bed.append("# PanelApp panel ")
        .append(panelId)
        .append(' ')
        .append(name)
        .append(" version ")
        .append(version)
        .append(", confidence ")
        .append(Confidence.format(levels))
        .append(", GRCh38, padding ")
        .append(paddingBases)
        .append('\n');
    if (!unplaced.isEmpty()) {
      bed.append("# no GRCh38 coordinates for: ").append(String.join(", ", unplaced)).append('\n');
    }
    for (Interval i : intervals) {
      bed.append(i.chrom())
          .append('\t')
          .append(i.start())
          .append('\t')
          .append(i.end())
          .append('\t')
          .append(i.name())
          .append("\t0\t")
          .append(i.strand())
          .append('\n');
    }
    return bed.toString();
  }
}
