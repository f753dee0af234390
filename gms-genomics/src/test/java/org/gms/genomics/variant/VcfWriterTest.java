package org.gms.genomics.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gms.genomics.variant.VcfText.vcf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing: byte-for-byte pass-through, one added INFO field, BGZF by suffix, atomic replacement.
 */
class VcfWriterTest {

  private static final VcfFieldDefinition GMS =
      new VcfFieldDefinition("GMS", ".", "String", "GMS annotation: gene|consequence");

  @Test
  void copiesARealFileByteForByteAndAddsOneDocumentedInfoField(@TempDir Path dir)
      throws IOException {
    Path input = SharedReference.path("vcf/slivar/ashk-trio.vcf.gz");
    Path copy = dir.resolve("copy.vcf.gz");
    Path annotated = dir.resolve("annotated.vcf");
    try (VcfReader reader = VcfReader.open(input);
        VcfWriter plainCopy = VcfWriter.open(copy, reader.header(), null);
        VcfWriter withInfo = VcfWriter.open(annotated, reader.header(), GMS)) {
      for (VcfRecord record : reader) {
        plainCopy.write(record);
        withInfo.write(record, record.position() % 2 == 0 ? "BRCA1|missense variant;x=1" : null);
      }
      plainCopy.commit();
      withInfo.commit();
    }
    assertThat(gunzip(copy)).isEqualTo(gunzip(input));
    byte[] written = Files.readAllBytes(copy);
    assertThat(Arrays.copyOfRange(written, written.length - 28, written.length))
        .isEqualTo(Bgzf.EOF_BLOCK);

    List<String> lines = Files.readAllLines(annotated);
    assertThat(lines).contains(GMS.headerLine("INFO"));
    try (VcfReader reread = VcfReader.open(annotated)) {
      assertThat(reread.header().infoField("GMS")).contains(GMS);
      long annotatedRecords =
          reread
              .records()
              .filter(r -> r.info("GMS").isPresent())
              .peek(r -> assertThat(r.info("GMS")).contains("BRCA1|missense%20variant%3Bx%3D1"))
              .count();
      assertThat(annotatedRecords).isGreaterThan(4000);
    }
  }

  @Test
  void anInfoFieldReplacesAnEmptyInfoColumn(@TempDir Path dir) throws IOException {
    byte[] content = vcf().samples("S").record("1 100 . A G . PASS . GT 0/1").bytes();
    Path out = dir.resolve("out.vcf");
    try (VcfReader reader = VcfText.read(content, VcfReadOptions.defaults());
        VcfWriter writer = VcfWriter.open(out, reader.header(), GMS)) {
      writer.write(reader.read(), "x");
      writer.commit();
    }
    assertThat(Files.readAllLines(out))
        .last()
        .isEqualTo("1\t100\t.\tA\tG\t.\tPASS\tGMS=x\tGT\t0/1");
  }

  @Test
  void aFailedRunLeavesNeitherAHalfFileNorDamagesTheOldOne(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("result.vcf.gz");
    Files.writeString(out, "previous result");
    byte[] content = vcf().record("1 100 . A G . PASS .").bytes();
    assertThatThrownBy(
            () -> {
              try (VcfReader reader = VcfText.read(content, VcfReadOptions.defaults());
                  VcfWriter writer = VcfWriter.open(out, reader.header(), GMS)) {
                writer.write(reader.read(), "partial");
                throw new IllegalStateException("annotation failed");
              }
            })
        .hasMessage("annotation failed");
    assertThat(Files.readString(out)).isEqualTo("previous result");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void atomicOutputAppearsOnlyOnCommit(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("sub/out.jsonl");
    try (AtomicOutput output = AtomicOutput.create(target)) {
      output.stream().write("{}\n".getBytes(StandardCharsets.UTF_8));
      assertThat(target).doesNotExist();
      output.commit();
    }
    assertThat(target).hasContent("{}");
    Path ordinary = Files.writeString(dir.resolve("sub/ordinary.txt"), "x");
    if (ordinary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(target))
          .isEqualTo(Files.getPosixFilePermissions(ordinary));
    }
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
