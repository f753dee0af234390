package org.gms.genomics.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The assembled chromosomes of each genome build with their lengths, used to check that an input
 * (VCF header, FASTA) matches the declared build. Names compare in every spelling ({@code chr17},
 * {@code 17}; {@code chrM}, {@code MT}).
 *
 * <p>Lengths are those of the NCBI assembly reports: GRCh38 = GCA_000001405.15 / GCF_000001405.26
 * (unchanged through GRCh38.p14, patches do not alter chromosome lengths); GRCh37 = GCA_000001405.1
 * / GCF_000001405.13 (GRCh37.p13). The mitochondrion is the rCRS (NC_012920.1, 16,569 bp) in both;
 * UCSC hg19's {@code chrM} is a different sequence (NC_001807, 16,571 bp) and therefore does not
 * match GRCh37. Unlocalised and unplaced scaffolds, alternate loci and decoys are not listed:
 * inputs may declare them, but they are outside the chromosomes this table checks.
 */
public final class AssemblyContigs {

  private static final String[] NAMES = {
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
    "18", "19", "20", "21", "22", "X", "Y", "MT"
  };

  private static final long[] GRCH38 = {
    248_956_422, 242_193_529, 198_295_559, 190_214_555, 181_538_259, 170_805_979, 159_345_973,
    145_138_636, 138_394_717, 133_797_422, 135_086_622, 133_275_309, 114_364_328, 107_043_718,
    101_991_189, 90_338_345, 83_257_441, 80_373_285, 58_617_616, 64_444_167, 46_709_983,
    50_818_468, 156_040_895, 57_227_415, 16_569
  };

  private static final long[] GRCH37 = {
    249_250_621, 243_199_373, 198_022_430, 191_154_276, 180_915_260, 171_115_067, 159_138_663,
    146_364_022, 141_213_431, 135_534_747, 135_006_516, 133_851_895, 115_169_878, 107_349_540,
    102_531_392, 90_354_753, 81_195_210, 78_077_248, 59_128_983, 63_025_520, 48_129_895,
    51_304_566, 155_270_560, 59_373_566, 16_569
  };

  private static final AssemblyContigs GRCH38_CONTIGS =
      new AssemblyContigs(GenomeBuild.GRCh38, GRCH38);
  private static final AssemblyContigs GRCH37_CONTIGS =
      new AssemblyContigs(GenomeBuild.GRCh37, GRCH37);

  private final GenomeBuild build;
  private final Map<String, Long> lengths = new LinkedHashMap<>();

  private AssemblyContigs(GenomeBuild build, long[] lengths) {
    this.build = build;
    for (int i = 0; i < NAMES.length; i++) {
      this.lengths.put(NAMES[i], lengths[i]);
    }
  }

  public static AssemblyContigs of(GenomeBuild build) {
    return build == GenomeBuild.GRCh38 ? GRCH38_CONTIGS : GRCH37_CONTIGS;
  }

  public GenomeBuild build() {
    return build;
  }

  /** The chromosome lengths by canonical name, in order 1..22, X, Y, MT. */
  public Map<String, Long> lengths() {
    return Collections.unmodifiableMap(lengths);
  }

  /** The length of a chromosome of this build, in any spelling; empty if it is not one. */
  public OptionalLong length(String contig) {
    Long length = lengths.get(ContigName.canonical(contig));
    return length == null ? OptionalLong.empty() : OptionalLong.of(length);
  }

  public boolean contains(String contig) {
    return lengths.containsKey(ContigName.canonical(contig));
  }

  /**
   * Why a declared contig length contradicts this build, or empty if it agrees (or the contig is
   * not one of the build's chromosomes). The message names the build that does match, if any.
   */
  public Optional<String> contradiction(String contig, long declaredLength) {
    OptionalLong expected = length(contig);
    if (expected.isEmpty() || expected.getAsLong() == declaredLength) {
      return Optional.empty();
    }
    StringBuilder why =
        new StringBuilder("contig ")
            .append(contig)
            .append(" is declared with length ")
            .append(declaredLength)
            .append(" but ")
            .append(build)
            .append(" ")
            .append(contig)
            .append(" has ")
            .append(expected.getAsLong())
            .append(" bases");
    for (GenomeBuild other : GenomeBuild.values()) {
      if (other != build && of(other).length(contig).orElse(-1) == declaredLength) {
        why.append("; that is the ")
            .append(other)
            .append(" length, so the input is ")
            .append(other);
        why.append(" (declare --build ").append(other).append(" or use a ").append(build);
        why.append(" input)");
      }
    }
    if (ContigName.canonical(contig).equals("MT") && declaredLength == 16_571) {
      why.append("; 16,571 bp is UCSC hg19's chrM (NC_001807), not the rCRS used by GRCh37/38");
    }
    return Optional.of(why.toString());
  }
}
