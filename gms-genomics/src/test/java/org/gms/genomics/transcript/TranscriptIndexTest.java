package org.gms.genomics.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.gms.genomics.TranscriptData;
import org.junit.jupiter.api.Test;

/** The interval index finds exactly what a scan of every transcript finds. */
class TranscriptIndexTest {

  @Test
  void findsTheSameTranscriptsAsAFullScan() {
    List<Transcript> chr21 = TranscriptData.chr21();
    TranscriptIndex index = TranscriptIndex.of(chr21);
    Random random = new Random(21);
    for (int i = 0; i < 2_000; i++) {
      long start = 5_000_000 + (long) (random.nextDouble() * 42_000_000);
      long end = start + random.nextInt(i % 10 == 0 ? 200_000 : 2_000);
      List<Transcript> expected =
          chr21.stream().filter(t -> t.start() <= end && t.end() >= start).toList();
      assertThat(index.overlapping("chr21", start, end))
          .as("%d-%d", start, end)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void contigNamesCompareCanonically() {
    TranscriptIndex index = TranscriptIndex.of(TranscriptData.cellbase());
    // BRCA1 ENST00000357654 spans chr17:43,044,295-43,125,370
    assertThat(index.overlapping("chr17", 43_100_000, 43_100_000))
        .extracting(t -> t.id().base())
        .contains("ENST00000357654");
    assertThat(index.overlapping("17", 43_100_000, 43_100_000))
        .isEqualTo(index.overlapping("CHR17", 43_100_000, 43_100_000));
    assertThat(index.overlapping("18", 43_100_000, 43_100_000)).isEmpty();
  }
}
