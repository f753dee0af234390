package org.gms.genomics.cancer.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.GenomicsException;

/**
 * Reads fusions by sample ({@code ""} for single-sample files): Arriba TSV ({@code #gene1 gene2 ...
 * split_reads1 split_reads2}), PCGR's fusion TSV ({@code FusionGene} as {@code A--B}) and
 * cBioPortal {@code data_sv} ({@code Site1_Hugo_Symbol}, {@code Site2_Hugo_Symbol}). A partner that
 * is not an HGNC gene with a MANE transcript (intergenic, or several genes) is skipped with a
 * warning naming the line.
 */
public final class FusionReader {

  /** Fusions by sample, and warnings. */
  public record Fusions(Map<String, List<Fusion>> bySample, List<String> warnings) {}

  private FusionReader() {}

  public static Fusions read(Path path) {
    Map<String, List<Fusion>> out = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    String[] format = {""};
    TabularFile.read(
        path,
        f -> {
          if (f.has("FusionGene")) {
            format[0] = "pcgr";
          } else if (f.has("gene1") && f.has("gene2") || f.has("#gene1")) {
            format[0] = "arriba";
          } else if (f.has("Site1_Hugo_Symbol")) {
            format[0] = "sv";
          } else {
            throw new GenomicsException(
                f.source()
                    + ": not a fusion file: expected Arriba (gene1, gene2), PCGR (FusionGene) or"
                    + " cBioPortal data_sv (Site1_Hugo_Symbol, Site2_Hugo_Symbol); the header is "
                    + f.header());
          }
        },
        (f, row) -> {
          String sample = "";
          String five;
          String three;
          int reads;
          switch (format[0]) {
            case "pcgr" -> {
              String name = row.required("FusionGene");
              String[] parts = name.contains("--") ? name.split("--") : name.split("::");
              if (parts.length != 2) {
                throw row.error("FusionGene", "'" + name + "' is not GENE1--GENE2");
              }
              five = parts[0];
              three = parts[1];
              reads = (int) row.number("SplitReads", -1);
            }
            case "arriba" -> {
              five = row.first("#gene1", "gene1");
              three = row.get("gene2");
              long a = row.number("split_reads1", 0);
              long b = row.number("split_reads2", 0);
              long d = row.number("discordant_mates", 0);
              reads = (int) (a + b + d);
            }
            default -> {
              if (!row.get("Class").isEmpty() && !row.get("Class").equalsIgnoreCase("FUSION")) {
                return;
              }
              sample = row.get("Sample_Id");
              five = row.get("Site1_Hugo_Symbol");
              three = row.get("Site2_Hugo_Symbol");
              reads = (int) row.number("Tumor_Split_Read_Count", -1);
            }
          }
          for (String gene : new String[] {five, three}) {
            if (gene.isEmpty()
                || gene.contains(",")
                || gene.contains("(")
                || GeneSpans.grch38().span(gene).isEmpty()) {
              warnings.add(
                  row.source()
                      + ": fusion partner '"
                      + gene
                      + "' is not a gene (intergenic, several genes or an unknown symbol);"
                      + " the fusion "
                      + five
                      + "::"
                      + three
                      + " is skipped");
              return;
            }
          }
          out.computeIfAbsent(sample, k -> new ArrayList<>())
              .add(new Fusion(five, three, reads, row.source()));
        });
    return new Fusions(out, warnings);
  }
}
