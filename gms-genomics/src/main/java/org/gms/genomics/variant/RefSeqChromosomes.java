package org.gms.genomics.variant;

import java.util.Optional;
import org.gms.genomics.reference.GenomeBuild;

/**
 * RefSeq accessions of the assembled chromosomes (NCBI assembly reports of GRCh37.p13 and
 * GRCh38.p14): {@code NC_0000NN} with the version of the build; GRCh38's versions are GRCh37's plus
 * one, and both share the mitochondrion {@code NC_012920.1}.
 */
final class RefSeqChromosomes {

  private static final int[] GRCH37_VERSIONS = {
    10, 11, 11, 11, 9, 11, 13, 10, 11, 10, 9, 11, 10, 8, 9, 9, 10, 9, 9, 10, 8, 10, 10, 9
  };

  private RefSeqChromosomes() {}

  static Optional<String> accession(GenomeBuild build, String contig) {
    if (contig.equals("MT")) {
      return Optional.of("NC_012920.1");
    }
    int number =
        switch (contig) {
          case "X" -> 23;
          case "Y" -> 24;
          default -> contig.matches("[1-9][0-9]?") ? Integer.parseInt(contig) : 0;
        };
    if (number < 1 || number > 24) {
      return Optional.empty();
    }
    int version = GRCH37_VERSIONS[number - 1] + (build == GenomeBuild.GRCh38 ? 1 : 0);
    return Optional.of("NC_0000%02d.%d".formatted(number, version));
  }
}
