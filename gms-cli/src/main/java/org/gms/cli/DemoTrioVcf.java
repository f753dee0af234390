package org.gms.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * The demonstration trio's VCF: the causative de novo FBXO11 variant of a published case inside a
 * real GRCh38 background, the 65,370 chr21 records of Illumina Platinum Genomes NA12878 (bundled as
 * published), given to the child as they are.
 *
 * <p>The parents' genotypes are derived, Mendelian-consistent by construction: at each background
 * site the father carries the child's first allele and the mother its second (the order of the
 * child's GT); each parent's other allele is REF or that same allele, one or the other with
 * probability 1/2, drawn from a {@link SplittableRandom} seeded with {@value #SEED} and the site's
 * position. A child's missing call ({@code ./.}) is missing in both parents. At the FBXO11 site
 * both parents are homozygous REF (the variant is de novo). Quality, FILTER (PASS, Silver,
 * OverlapConflict) and alleles are Platinum's own; its QUAL of 0 (not given) is written as missing.
 */
final class DemoTrioVcf {

  static final String BACKGROUND = "demo/PG_NA12878_hg38-chr21.vcf.gz";
  static final String CAUSATIVE = "demo/fbxo11-trio.vcf";
  static final long SEED = 1463; // the CEPH pedigree NA12878 belongs to

  private DemoTrioVcf() {}

  /** The whole VCF, plain text. */
  static byte[] build() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 << 20);
    try (Writer out = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      List<String> causative = lines(DemoOrders.class.getResourceAsStream(CAUSATIVE));
      out.write("##fileformat=VCFv4.2\n");
      out.write(
          "##source=GMS demonstration trio: the de novo FBXO11 frameshift of PMID 30057029"
              + " individual 10 (GA4GH phenopacket-store) in the real background of Illumina"
              + " Platinum Genomes NA12878 GRCh38 chr21 (hg38_2.0.1); parents derived"
              + " Mendelian-consistent from the child's alleles (seed "
              + SEED
              + ")\n");
      out.write("##reference=GRCh38\n");
      out.write("##contig=<ID=chr2,length=242193529>\n");
      out.write("##contig=<ID=chr21,length=46709983>\n");
      out.write("##FILTER=<ID=PASS,Description=\"All filters passed\">\n");
      out.write("##FILTER=<ID=Silver,Description=\"Platinum Genomes: medium-confidence call\">\n");
      out.write(
          "##FILTER=<ID=OverlapConflict,Description=\"Platinum Genomes: discordant"
              + " high-confidence calls from different pipelines\">\n");
      out.write("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
      out.write("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n");
      out.write("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n");
      out.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPROBAND\tMOTHER\tFATHER\n");
      for (String line : causative) {
        if (!line.startsWith("#") && !line.isBlank()) {
          out.write(line + "\n");
        }
      }
      try (BufferedReader background = reader(BACKGROUND)) {
        String line;
        while ((line = background.readLine()) != null) {
          if (!line.startsWith("#") && !line.isBlank()) {
            out.write(trio(line.split("\t", -1)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One background record with the child's genotype and the parents' derived ones. */
  static String trio(String[] f) {
    String child = f[9];
    String mother;
    String father;
    String[] alleles = child.split("[|/]");
    if (alleles.length != 2 || alleles[0].equals(".") || alleles[1].equals(".")) {
      mother = "./.";
      father = "./.";
    } else {
      SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + Long.parseLong(f[1]));
      father = parent(alleles[0], random);
      mother = parent(alleles[1], random);
    }
    return String.join(
            "\t", f[0], f[1], f[2], f[3], f[4], ".", f[6], ".", "GT", child, mother, father)
        + "\n";
  }

  private static String parent(String transmitted, SplittableRandom random) {
    String other = random.nextBoolean() ? "0" : transmitted;
    return Integer.parseInt(other) <= Integer.parseInt(transmitted)
        ? other + "/" + transmitted
        : transmitted + "/" + other;
  }

  private static BufferedReader reader(String resource) throws IOException {
    InputStream in = DemoOrders.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing bundled resource " + resource);
    }
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
  }

  private static List<String> lines(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }
}
