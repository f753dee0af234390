package org.gms.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's whole-genome VCF is a valid GRCh38 file: the strict reader with the reference
 * check accepts every record, positions are sorted, and the requested share sits on sequence.
 */
class WholeGenomeVcfTest {

  private static final Path SHARED = Path.of("../../shared/reference");

  @TempDir Path temp;

  @Test
  void generatedRecordsPassTheReaderAndTheReferenceCheck() throws Exception {
    List<Path> templates = shared(BenchmarkAnnotateCommand.TEMPLATES);
    List<Path> transcripts = shared(BenchmarkAnnotateCommand.TRANSCRIPTS);
    List<Path> reference = shared(BenchmarkAnnotateCommand.REFERENCE);
    Path output = temp.resolve("genome.vcf.gz");

    String report =
        new WholeGenomeVcf(templates, transcripts, reference, 0.5, 7).write(output, 20_000, 2);

    ReferenceGenome genome =
        ReferenceGenome.fromFasta(GenomeBuild.GRCh38, reference.toArray(Path[]::new));
    VcfReadOptions strict =
        VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh38).withReference(genome);
    int records = 0;
    int onSequence = 0;
    String contig = "";
    long last = 0;
    try (VcfReader reader = VcfReader.open(output, strict)) {
      for (VcfRecord record : reader) {
        records++;
        if (record.contig().equals(contig)) {
          assertThat(record.position()).isGreaterThanOrEqualTo(last);
        }
        contig = record.contig();
        last = record.position();
        if (genome.covers(record.contig(), record.position(), record.position())) {
          onSequence++;
          assertThat(genome.bases(record.contig(), record.position(), record.end()))
              .hasValue(record.ref());
        }
      }
      assertThat(reader.summary().recordsSkipped()).isZero();
    }
    assertThat(records).isBetween(19_900, 20_000); // a few at piece ends are left out
    assertThat(onSequence).isBetween(9_900, 10_100);
    assertThat(report).contains("real records").contains(output.toString());
  }

  private static List<Path> shared(List<String> relative) {
    List<Path> paths = new ArrayList<>();
    for (String file : relative) {
      Path path = SHARED.resolve(file);
      Assumptions.assumeTrue(Files.isRegularFile(path), "shared reference data absent: " + path);
      paths.add(path);
    }
    return paths;
  }
}
