package org.gms.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The ClinVar release of the re-analysis benchmark: its classified SNV alleles, and an "older view"
 * of it in which a deterministic share of P/LP and B/LB records are shown as VUS, as if they had
 * been reclassified since.
 */
final class ClinvarAlleles {

  private ClinvarAlleles() {}

  /** A ClinVar SNV allele with its gene and clinical significance as written. */
  record Allele(String chrom, long pos, String ref, String alt, String gene, String sig) {}

  /** SNV alleles with a pathogenicity class and assertion criteria. */
  static List<Allele> read(Path vcf) throws IOException {
    List<Allele> alleles = new ArrayList<>();
    try (BufferedReader in = gz(vcf)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", 9);
        String sig = info(c[7], "CLNSIG");
        String review = info(c[7], "CLNREVSTAT");
        String gene = info(c[7], "GENEINFO");
        if (sig == null
            || review == null
            || review.startsWith("no_")
            || c[3].length() != 1
            || c[4].length() != 1
            || !c[4].matches("[ACGT]")
            || !sig.matches("(?i)(Likely_)?(Pathogenic|Benign|Uncertain_significance).*")) {
          continue;
        }
        alleles.add(
            new Allele(
                c[0],
                Long.parseLong(c[1]),
                c[3],
                c[4],
                gene == null ? "" : gene.split(":")[0],
                sig));
      }
    }
    return alleles;
  }

  /**
   * The real release with a deterministic share of P/LP and B/LB records shown as VUS, as if they
   * had been reclassified since; returns those alleles' older significance by chrom:pos:ref:alt.
   */
  static Map<String, String> writeOlderView(Path vcf, Path older, double reclassified)
      throws IOException {
    Map<String, String> changed = new HashMap<>();
    Random random = new Random(7);
    try (BufferedReader in = gz(vcf);
        BufferedWriter out =
            new BufferedWriter(
                new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(older)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("##fileDate=")) {
          line = "##fileDate=2026-02-26-older-view";
        } else if (!line.startsWith("#")) {
          String[] c = line.split("\t", 9);
          String sig = info(c[7], "CLNSIG");
          if (sig != null
              && sig.matches("(?i)(Likely_)?(Pathogenic|Benign)(/Likely_(pathogenic|benign))?")
              && random.nextDouble() < reclassified) {
            line = line.replace("CLNSIG=" + sig, "CLNSIG=Uncertain_significance");
            changed.put(c[0] + ":" + c[1] + ":" + c[3] + ":" + c[4], "Uncertain_significance");
          }
        }
        out.write(line);
        out.write('\n');
      }
    }
    return changed;
  }

  private static BufferedReader gz(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8));
  }

  private static String info(String info, String key) {
    for (String field : info.split(";")) {
      if (field.startsWith(key + "=")) {
        return field.substring(key.length() + 1);
      }
    }
    return null;
  }
}
