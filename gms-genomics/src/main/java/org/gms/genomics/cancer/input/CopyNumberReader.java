package org.gms.genomics.cancer.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.input.CopyNumberCall.Kind;

/**
 * Reads copy number as gene-level calls, by sample ({@code ""} for single-sample files): PCGR
 * segments ({@code Chromosome Start End nMajor nMinor}; total 0 is a deep deletion, total {@value
 * #AMPLIFIED_COPIES} or more an amplification, PCGR's default gain cut-off), CBS {@code .seg} (log2
 * ratio {@code seg.mean} at most {@value #DELETION_LOG2} or at least {@value #AMPLIFICATION_LOG2})
 * and discrete gene calls (GISTIC/cBioPortal {@code data_CNA}: -2 and 2). Segments are placed on
 * genes by the GRCh38 MANE spans, so segment files must be GRCh38.
 */
public final class CopyNumberReader {

  public static final int AMPLIFIED_COPIES = 6;
  public static final double AMPLIFICATION_LOG2 = 1.0;
  public static final double DELETION_LOG2 = -1.0;

  private CopyNumberReader() {}

  public static Map<String, List<CopyNumberCall>> read(Path path, String build) {
    Map<String, List<CopyNumberCall>> out = new LinkedHashMap<>();
    List<String> sampleColumns = new ArrayList<>();
    String[] format = {""};
    TabularFile.read(
        path,
        f -> {
          if (f.has("nMajor") && f.has("nMinor")) {
            format[0] = "pcgr";
          } else if (f.has("seg.mean") || f.has("Segment_Mean")) {
            format[0] = "seg";
          } else if (f.has("Hugo_Symbol")) {
            format[0] = "discrete";
            for (String c : f.header()) {
              if (!c.equals("Hugo_Symbol")
                  && !c.equals("Entrez_Gene_Id")
                  && !c.equals("Cytoband")) {
                sampleColumns.add(c);
              }
            }
          } else {
            throw new GenomicsException(
                f.source()
                    + ": not a copy-number file: expected PCGR segments (Chromosome Start End"
                    + " nMajor nMinor), a CBS .seg (ID chrom loc.start loc.end num.mark seg.mean)"
                    + " or gene calls (Hugo_Symbol and one column per sample); the header is "
                    + f.header());
          }
          if (!format[0].equals("discrete") && !build.isEmpty() && !build.equals("GRCh38")) {
            throw new GenomicsException(
                f.source()
                    + ": copy-number segments are placed on genes by GRCh38 gene spans, but the"
                    + " input is "
                    + build
                    + "; give gene-level calls (data_CNA) or GRCh38 segments");
          }
        },
        (f, row) -> {
          switch (format[0]) {
            case "pcgr" -> {
              long total = row.number("nMajor", 0) + row.number("nMinor", 0);
              Kind kind =
                  total == 0
                      ? Kind.DEEP_DELETION
                      : total >= AMPLIFIED_COPIES ? Kind.AMPLIFICATION : null;
              segment(
                  out,
                  "",
                  row,
                  row.required("Chromosome"),
                  row.number("Start", 0),
                  row.number("End", 0),
                  kind,
                  (int) total);
            }
            case "seg" -> {
              double mean = row.decimal(f.has("seg.mean") ? "seg.mean" : "Segment_Mean");
              Kind kind =
                  mean <= DELETION_LOG2
                      ? Kind.DEEP_DELETION
                      : mean >= AMPLIFICATION_LOG2 ? Kind.AMPLIFICATION : null;
              String sample = row.first("ID", "Sample");
              segment(
                  out,
                  sample,
                  row,
                  row.first("chrom", "Chromosome"),
                  row.number(f.has("loc.start") ? "loc.start" : "Start", 0),
                  row.number(f.has("loc.end") ? "loc.end" : "End", 0),
                  kind,
                  -1);
            }
            default -> {
              String gene = row.required("Hugo_Symbol");
              for (String sample : sampleColumns) {
                String v = row.get(sample);
                if (v.equals("2") || v.equals("-2")) {
                  out.computeIfAbsent(sample, k -> new ArrayList<>())
                      .add(
                          new CopyNumberCall(
                              gene,
                              v.equals("2") ? Kind.AMPLIFICATION : Kind.DEEP_DELETION,
                              -1,
                              row.source()));
                }
              }
            }
          }
        });
    return out;
  }

  private static void segment(
      Map<String, List<CopyNumberCall>> out,
      String sample,
      TabularFile.Row row,
      String chromosome,
      long start,
      long end,
      Kind kind,
      int total) {
    if (end < start) {
      throw row.error("End", "the segment ends (" + end + ") before it starts (" + start + ")");
    }
    List<CopyNumberCall> calls = out.computeIfAbsent(sample, k -> new ArrayList<>());
    if (kind == null) {
      return;
    }
    for (GeneSpans.Span span : GeneSpans.grch38().overlapping(chromosome, start, end)) {
      calls.add(new CopyNumberCall(span.gene(), kind, total, row.source()));
    }
  }
}
