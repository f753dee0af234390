package org.gms.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the store holds at one version: the committed runs and the Parquet files that are live.
 * Files not listed (left by an append or compaction that stopped before its commit) are not part of
 * the store. Replaced as a whole, atomically, by every append, retraction and compaction.
 *
 * @param binSize positions per partition bin
 * @param nextRun the sequence number the next run gets (a re-done run gets a new one)
 */
public record Manifest(
    int format, long version, int binSize, int nextRun, List<Run> runs, List<DataFile> files) {

  public static final int FORMAT = 1;
  public static final String GENOTYPES = "genotypes";
  public static final String VARIANTS = "variants";

  public Manifest {
    runs = List.copyOf(runs);
    files = List.copyOf(files);
    if (binSize < 1) {
      throw new IllegalArgumentException("Manifest bin size " + binSize + ": give at least 1");
    }
  }

  static Manifest empty(int binSize) {
    return new Manifest(FORMAT, 0, binSize, 1, List.of(), List.of());
  }

  /**
   * One committed analysis run.
   *
   * @param sources for a run migrated from another store, the runs it had loaded
   * @param spans the run's individual indexes as inclusive ranges, flattened ({@code [from1, to1,
   *     from2, to2...]}); null when not recorded (runs committed before it was)
   */
  public record Run(
      String name,
      int seq,
      long variants,
      long genotypes,
      int individuals,
      String committed,
      List<String> sources,
      List<Integer> spans) {

    public Run {
      sources = sources == null ? List.of() : List.copyOf(sources);
      spans = spans == null ? null : List.copyOf(spans);
      if (spans != null && spans.size() % 2 != 0) {
        throw new IllegalArgumentException(
            "Run " + name + ": individual spans come in pairs (from, to), got " + spans.size());
      }
    }

    /** Sorted distinct individual indexes as inclusive ranges, flattened. */
    static List<Integer> spans(int[] sortedDistinct) {
      List<Integer> spans = new ArrayList<>();
      for (int i = 0; i < sortedDistinct.length; i++) {
        int from = sortedDistinct[i];
        while (i + 1 < sortedDistinct.length && sortedDistinct[i + 1] == sortedDistinct[i] + 1) {
          i++;
        }
        spans.add(from);
        spans.add(sortedDistinct[i]);
      }
      return spans;
    }
  }

  /**
   * One live Parquet file (path relative to the store's root).
   *
   * @param runs the sequence numbers of the runs whose rows it holds
   */
  public record DataFile(
      String table,
      String path,
      String build,
      String contig,
      int bin,
      long rows,
      long bytes,
      long minPosition,
      long maxPosition,
      int maxRefLength,
      List<Integer> runs) {

    public DataFile {
      runs = List.copyOf(runs);
    }

    boolean overlaps(String build, String contig, long from, long to) {
      return this.build.equals(build)
          && this.contig.equals(contig)
          && minPosition <= to
          && maxPosition >= from;
    }
  }

  public Optional<Run> run(String name) {
    return runs.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The live files of a table that may hold rows starting in [from, to] of the contig. */
  public List<DataFile> files(String table, String build, String contig, long from, long to) {
    List<DataFile> found = new ArrayList<>();
    for (DataFile file : files) {
      if (file.table().equals(table) && file.overlaps(build, contig, from, to)) {
        found.add(file);
      }
    }
    return found;
  }

  /**
   * Whether no individual is in two of these runs (known from the runs' spans; false when a run's
   * spans are not recorded): then an individual has at most one genotype per variant in them, and
   * queries need not pick each individual's latest run.
   */
  public boolean disjointIndividuals(Set<Integer> seqs) {
    List<long[]> spans = new ArrayList<>();
    for (Run run : runs) {
      if (seqs.contains(run.seq())) {
        if (run.spans() == null) {
          return false;
        }
        for (int i = 0; i < run.spans().size(); i += 2) {
          spans.add(new long[] {run.spans().get(i), run.spans().get(i + 1), run.seq()});
        }
      }
    }
    spans.sort(Comparator.comparingLong(s -> s[0]));
    long end = Long.MIN_VALUE;
    for (long[] span : spans) {
      if (span[0] <= end) {
        return false;
      }
      end = Math.max(end, span[1]);
    }
    return true;
  }

  public List<DataFile> files(String table) {
    return files.stream().filter(f -> f.table().equals(table)).toList();
  }

  /** The longest reference allele stored on the contig (how far before a region to look). */
  public int maxRefLength(String build, String contig) {
    int longest = 1;
    for (DataFile file : files) {
      if (file.build().equals(build) && file.contig().equals(contig)) {
        longest = Math.max(longest, file.maxRefLength());
      }
    }
    return longest;
  }

  public long genotypes() {
    return files(GENOTYPES).stream().mapToLong(DataFile::rows).sum();
  }

  public long bytes() {
    return files.stream().mapToLong(DataFile::bytes).sum();
  }

  Manifest next(List<Run> runs, List<DataFile> files, int nextRun) {
    return new Manifest(format, version + 1, binSize, nextRun, runs, files);
  }
}
