package org.gms.genomics.pgx.diplotype;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gms.genomics.GenomicsException;

/**
 * A diplotype called outside this platform (a CYP2D6-specific caller, HLA typing, a laboratory
 * report), given as gene and diplotype.
 *
 * @param gene the gene symbol, for example {@code CYP2D6}
 * @param diplotype {@code A/B}, or one allele for a haploid gene (e.g. MT-RNR1); a haplotype of
 *     several alleles is written {@code A + B}
 */
public record OutsideCall(String gene, String diplotype) {

  public OutsideCall {
    Objects.requireNonNull(gene, "gene");
    Objects.requireNonNull(diplotype, "diplotype");
    if (gene.isBlank() || diplotype.isBlank()) {
      throw new IllegalArgumentException("An outside call needs a gene and a diplotype");
    }
  }

  /**
   * Reads a tab-separated file: one {@code gene<TAB>diplotype} per line; blank lines and lines
   * starting with {@code #} are skipped.
   */
  public static List<OutsideCall> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GenomicsException(
          "Cannot read outside calls from " + file + ": " + e.getMessage(), e);
    }
    List<OutsideCall> calls = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length < 2 || Arrays.stream(fields).skip(2).anyMatch(f -> !f.isBlank())) {
        throw new GenomicsException(
            file
                + ", line "
                + (i + 1)
                + ": expected 'gene<TAB>diplotype' (e.g. 'CYP2D6\t*1/*4'), got '"
                + line
                + "'");
      }
      if (calls.stream().anyMatch(c -> c.gene().equals(fields[0].strip()))) {
        throw new GenomicsException(
            file + ", line " + (i + 1) + ": a second call for " + fields[0].strip());
      }
      calls.add(new OutsideCall(fields[0].strip(), fields[1].strip()));
    }
    return calls;
  }

  /** The call as a gene result. */
  public GeneCall toGeneCall() {
    String[] haplotypes = diplotype.split("/");
    if (haplotypes.length > 2) {
      throw new GenomicsException(
          gene + " outside call '" + diplotype + "': a diplotype has at most two haplotypes");
    }
    Haplotype first = haplotype(haplotypes[0]);
    Diplotype called =
        haplotypes.length == 1
            ? Diplotype.haploid(first, 0)
            : new Diplotype(first, haplotype(haplotypes[1]), 0);
    return new GeneCall(
        gene,
        CallStatus.OUTSIDE_CALL,
        null,
        false,
        List.of(called),
        List.of(),
        List.of(),
        List.of(),
        List.of("Given as an outside call; not called from the VCF"));
  }

  private static Haplotype haplotype(String text) {
    return new Haplotype(Arrays.stream(text.split("\\+")).map(String::strip).toList());
  }
}
