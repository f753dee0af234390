package org.gms.genomics.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small family VCF for tests: samples, then variants with one genotype per sample. */
final class FamilyVcf {

  /** GRCh38 lengths of the contigs the tests use (GRC assembly report). */
  private static final Map<String, Long> LENGTHS =
      Map.of("chr2", 242_193_529L, "chr17", 83_257_441L, "chrX", 156_040_895L);

  private final List<String> samples;
  private final List<String> lines = new ArrayList<>();

  private FamilyVcf(List<String> samples) {
    this.samples = List.copyOf(samples);
  }

  static FamilyVcf samples(String... samples) {
    return new FamilyVcf(List.of(samples));
  }

  FamilyVcf variant(String chrom, long pos, String ref, String alt, String... genotypes) {
    return annotated(chrom, pos, ref, alt, ".", genotypes);
  }

  /** A variant whose INFO column carries annotations, e.g. {@code REVEL=0.9;CADD_PHRED=27}. */
  FamilyVcf annotated(
      String chrom, long pos, String ref, String alt, String info, String... genotypes) {
    if (genotypes.length != samples.size()) {
      throw new IllegalArgumentException("one genotype per sample: " + samples);
    }
    StringBuilder line =
        new StringBuilder(
            chrom
                + "\t"
                + pos
                + "\t.\t"
                + ref
                + "\t"
                + alt
                + "\t500\tPASS\t"
                + info
                + "\tGT:GQ:DP");
    for (String genotype : genotypes) {
      line.append('\t').append(genotype).append(":99:40");
    }
    lines.add(line.toString());
    return this;
  }

  Path write(Path file) {
    StringBuilder text = new StringBuilder("##fileformat=VCFv4.2\n");
    new java.util.TreeMap<>(LENGTHS)
        .forEach(
            (contig, length) ->
                text.append("##contig=<ID=")
                    .append(contig)
                    .append(",length=")
                    .append(length)
                    .append(">\n"));
    text.append("##INFO=<ID=REVEL,Number=A,Type=Float,Description=\"REVEL score\">\n")
        .append("##INFO=<ID=CADD_PHRED,Number=A,Type=Float,Description=\"CADD PHRED score\">\n")
        .append("##INFO=<ID=SpliceAI,Number=.,Type=String,Description=\"SpliceAI delta scores")
        .append(": ALLELE|SYMBOL|DS_AG|DS_AL|DS_DG|DS_DL|DP_AG|DP_AL|DP_DG|DP_DL\">\n")
        .append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n")
        .append("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n")
        .append("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n")
        .append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t")
        .append(String.join("\t", samples))
        .append('\n');
    lines.forEach(line -> text.append(line).append('\n'));
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
