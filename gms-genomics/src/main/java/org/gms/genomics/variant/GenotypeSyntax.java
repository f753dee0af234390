package org.gms.genomics.variant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The GT grammar: allele indexes or {@code .} separated by {@code /} (unphased) or {@code |}
 * (phased), optionally led by a phase marker (VCF 4.4). Phased means every separator is {@code |}.
 */
final class GenotypeSyntax {

  private GenotypeSyntax() {}

  /** Why a GT value is malformed, or null if it is fine. Allocates nothing when it is fine. */
  static String problem(byte[] line, int start, int end, int altCount) {
    int i = start;
    if (i < end && (line[i] == '/' || line[i] == '|')) {
      i++;
    }
    if (i == end) {
      return "empty genotype";
    }
    while (true) {
      if (line[i] == '.') {
        i++;
      } else if (line[i] >= '0' && line[i] <= '9') {
        long allele = 0;
        while (i < end && line[i] >= '0' && line[i] <= '9') {
          allele = allele * 10 + (line[i] - '0');
          if (allele > altCount) {
            return "allele index above the "
                + altCount
                + " ALT allele(s) in '"
                + text(line, start, end)
                + "'";
          }
          i++;
        }
      } else {
        return "'" + text(line, start, end) + "' is not a genotype (expected e.g. 0/1, 1|0, ./.)";
      }
      if (i == end) {
        return null;
      }
      if (line[i] != '/' && line[i] != '|' || i + 1 == end) {
        return "'" + text(line, start, end) + "' is not a genotype (expected e.g. 0/1, 1|0, ./.)";
      }
      i++;
    }
  }

  static Genotype parse(
      byte[] line, int start, int end, int altCount, VcfRecord record, int sample) {
    String problem = problem(line, start, end, altCount);
    if (problem != null) {
      throw record.problem(record.sampleField(sample, "GT"), VcfProblem.MALFORMED_SAMPLE, problem);
    }
    List<Integer> alleles = new ArrayList<>(2);
    boolean phased = true;
    boolean separated = false;
    int i = start;
    if (line[i] == '/' || line[i] == '|') {
      i++;
    }
    while (i < end) {
      if (line[i] == '.') {
        alleles.add(Genotype.MISSING);
        i++;
      } else {
        int allele = 0;
        while (i < end && line[i] >= '0' && line[i] <= '9') {
          allele = allele * 10 + (line[i++] - '0');
        }
        alleles.add(allele);
      }
      if (i < end) {
        separated = true;
        phased &= line[i] == '|';
        i++;
      }
    }
    return new Genotype(alleles, separated && phased);
  }

  private static String text(byte[] line, int start, int end) {
    return new String(line, start, Math.min(end - start, 40), StandardCharsets.UTF_8);
  }
}
