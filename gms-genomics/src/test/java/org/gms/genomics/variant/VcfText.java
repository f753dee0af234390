package org.gms.genomics.variant;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A small VCF for tests, built fluently; record lines are written with single spaces between
 * columns and turned into tabs.
 */
final class VcfText {

  private final List<String> meta = new ArrayList<>(List.of("##fileformat=VCFv4.2"));
  private final List<String> samples = new ArrayList<>();
  private final List<String> records = new ArrayList<>();

  static VcfText vcf() {
    return new VcfText();
  }

  VcfText contig(String name, long length) {
    meta.add("##contig=<ID=" + name + ",length=" + length + ">");
    return this;
  }

  VcfText meta(String line) {
    meta.add(line);
    return this;
  }

  VcfText samples(String... names) {
    samples.addAll(List.of(names));
    return this;
  }

  /** A record with columns separated by single spaces. */
  VcfText record(String spaced) {
    records.add(spaced.replace(' ', '\t'));
    return this;
  }

  String text() {
    StringBuilder text = new StringBuilder();
    meta.forEach(l -> text.append(l).append('\n'));
    text.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO");
    if (!samples.isEmpty()) {
      text.append("\tFORMAT");
      samples.forEach(s -> text.append('\t').append(s));
    }
    text.append('\n');
    records.forEach(r -> text.append(r).append('\n'));
    return text.toString();
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  byte[] gzipped() {
    return gzip(bytes());
  }

  byte[] bgzipped() {
    return bgzip(bytes());
  }

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(content);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static byte[] bgzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BgzfOutputStream bgzf = new BgzfOutputStream(out, 1)) {
      bgzf.write(content);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static VcfReader read(byte[] content, VcfReadOptions options) {
    return VcfReader.open(new ByteArrayInputStream(content), "test.vcf", options);
  }

  /** Reads every record and touches every accessor, as a consumer would. */
  static List<VcfRecord> readAll(byte[] content, VcfReadOptions options) {
    List<VcfRecord> all = new ArrayList<>();
    try (VcfReader reader = read(content, options)) {
      for (VcfRecord record : reader) {
        record.id();
        record.quality();
        record.filters();
        record.info();
        record.end();
        record.isReferenceBlock();
        record.alleles();
        for (int s = 0; s < record.sampleCount(); s++) {
          record.genotype(s);
          record.depth(s);
          record.genotypeQuality(s);
          record.alleleDepths(s);
          record.phaseSet(s);
        }
        all.add(record);
      }
    }
    return all;
  }
}
