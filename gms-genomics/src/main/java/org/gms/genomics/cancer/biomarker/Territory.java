package org.gms.genomics.cancer.biomarker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.input.Chromosomes;
import org.gms.genomics.cancer.input.TabularFile;

/**
 * The assay's sequenced territory: a BED (merged, so overlapping intervals count once; variants
 * outside it do not count) or a size in Mb (every variant counts).
 */
public final class Territory {

  private final double megabases;
  private final Map<String, long[][]> intervals;
  private final String description;

  private Territory(double megabases, Map<String, long[][]> intervals, String description) {
    if (!(megabases > 0)) {
      throw new GenomicsException("The territory must be more than 0 Mb, not " + megabases);
    }
    this.megabases = megabases;
    this.intervals = intervals;
    this.description = description;
  }

  public static Territory ofMegabases(double megabases, String what) {
    return new Territory(megabases, null, what);
  }

  public static Territory fromBed(Path bed) {
    Map<String, List<long[]>> raw = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(TabularFile.open(bed), StandardCharsets.UTF_8))) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()
            || line.startsWith("#")
            || line.startsWith("track")
            || line.startsWith("browser")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw new GenomicsException(
              bed.getFileName()
                  + ", line "
                  + n
                  + ": a BED line needs chrom, start and end (tab-separated)");
        }
        try {
          long s = Long.parseLong(f[1].trim());
          long e = Long.parseLong(f[2].trim());
          if (e < s) {
            throw new GenomicsException(
                bed.getFileName() + ", line " + n + ", column end: " + e + " is before start " + s);
          }
          raw.computeIfAbsent(Chromosomes.plain(f[0]), k -> new ArrayList<>())
              .add(new long[] {s, e});
        } catch (NumberFormatException ex) {
          throw new GenomicsException(
              bed.getFileName() + ", line " + n + ": start and end must be whole numbers");
        }
      }
    } catch (IOException e) {
      throw new GenomicsException("Cannot read BED " + bed + ": " + e.getMessage(), e);
    }
    Map<String, long[][]> merged = new HashMap<>();
    long total = 0;
    for (var entry : raw.entrySet()) {
      List<long[]> list = entry.getValue();
      list.sort((a, b) -> Long.compare(a[0], b[0]));
      List<long[]> out = new ArrayList<>();
      for (long[] iv : list) {
        if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1]) {
          out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], iv[1]);
        } else {
          out.add(new long[] {iv[0], iv[1]});
        }
      }
      for (long[] iv : out) {
        total += iv[1] - iv[0];
      }
      merged.put(entry.getKey(), out.toArray(new long[0][]));
    }
    return new Territory(total / 1e6, merged, "BED " + bed.getFileName());
  }

  public double megabases() {
    return megabases;
  }

  public String description() {
    return description;
  }

  /** Whether a 1-based position is inside (always true for a size-only territory). */
  public boolean contains(String chromosome, long position) {
    if (intervals == null) {
      return true;
    }
    long[][] ivs = intervals.get(Chromosomes.plain(chromosome));
    if (ivs == null) {
      return false;
    }
    long p = position - 1; // BED is 0-based half-open
    int lo = 0;
    int hi = ivs.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ivs[mid][1] <= p) {
        lo = mid + 1;
      } else if (ivs[mid][0] > p) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
