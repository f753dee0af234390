package org.gms.genomics.annotation;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.variant.SequenceVariant;

/**
 * ClinVar alleles held compactly: per contig, trimmed start positions sorted, with parallel arrays
 * of allele text and classification, the distinct (CLNSIG, CLNREVSTAT) pairs stored once. A lookup
 * is a binary search.
 */
final class ClinvarVcfIndex implements ClinvarLookup {

  static final ClinvarVcfIndex EMPTY = new ClinvarVcfIndex(Map.of(), List.of(), 0);

  private final Map<String, Contig> contigs;
  private final List<String[]> classifications;
  private final int size;

  private ClinvarVcfIndex(Map<String, Contig> contigs, List<String[]> classifications, int size) {
    this.contigs = contigs;
    this.classifications = classifications;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Optional<ClinvarAssertion> find(SequenceVariant variant) {
    Allele allele = Allele.of(variant);
    Contig contig = contigs.get(allele.contig());
    if (contig == null) {
      return Optional.empty();
    }
    String key = allele.ref() + ">" + allele.alt();
    int i = Arrays.binarySearch(contig.starts, allele.start());
    if (i < 0) {
      return Optional.empty();
    }
    while (i > 0 && contig.starts[i - 1] == allele.start()) {
      i--;
    }
    for (; i < contig.starts.length && contig.starts[i] == allele.start(); i++) {
      if (contig.alleles[i].equals(key)) {
        String[] classification = classifications.get(contig.classification[i]);
        return Optional.of(
            new ClinvarAssertion(contig.ids[i], classification[0], classification[1]));
      }
    }
    return Optional.empty();
  }

  static ClinvarVcfIndex read(Path file) {
    Map<String, List<Entry>> byContig = new HashMap<>();
    Map<String, Integer> classificationIds = new HashMap<>();
    List<String[]> classifications = new ArrayList<>();
    int size = 0;
    try (BufferedReader in = open(file)) {
      long lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] columns = line.split("\t", 9);
        if (columns.length < 8) {
          throw new GenomicsException(
              file
                  + ":"
                  + lineNumber
                  + ": expected at least 8 tab-separated VCF columns, found "
                  + columns.length
                  + " (is this ClinVar's VCF?)");
        }
        String significance = info(columns[7], "CLNSIG");
        if (significance == null) {
          continue;
        }
        String review = info(columns[7], "CLNREVSTAT");
        String pair = significance + "\t" + review;
        Integer classification = classificationIds.get(pair);
        if (classification == null) {
          classification = classifications.size();
          classificationIds.put(pair, classification);
          classifications.add(new String[] {readable(significance), readable(review)});
        }
        long position;
        try {
          position = Long.parseLong(columns[1]);
        } catch (NumberFormatException e) {
          throw new GenomicsException(
              file + ":" + lineNumber + ": field POS: not a number: '" + columns[1] + "'");
        }
        for (String alt : columns[4].split(",")) {
          SequenceVariant variant;
          try {
            variant = SequenceVariant.of(columns[0], position, columns[3], alt);
          } catch (IllegalArgumentException e) {
            continue; // no ALT ('.'), symbolic or IUPAC alleles: not matchable by sequence
          }
          Allele allele = Allele.of(variant);
          byContig
              .computeIfAbsent(allele.contig(), k -> new ArrayList<>())
              .add(
                  new Entry(
                      allele.start(),
                      allele.ref() + ">" + allele.alt(),
                      columns[2],
                      classification));
          size++;
        }
      }
    } catch (NoSuchFileException e) {
      throw new GenomicsException("ClinVar file not found: " + file + " (check the path)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    Map<String, Contig> contigs = new HashMap<>();
    byContig.forEach((name, entries) -> contigs.put(name, new Contig(entries)));
    return new ClinvarVcfIndex(Map.copyOf(contigs), List.copyOf(classifications), size);
  }

  private record Entry(long start, String allele, String id, int classification) {}

  private static final class Contig {
    final long[] starts;
    final String[] alleles;
    final String[] ids;
    final int[] classification;

    Contig(List<Entry> entries) {
      entries.sort((a, b) -> Long.compare(a.start(), b.start()));
      int n = entries.size();
      starts = new long[n];
      alleles = new String[n];
      ids = new String[n];
      classification = new int[n];
      for (int i = 0; i < n; i++) {
        Entry e = entries.get(i);
        starts[i] = e.start();
        alleles[i] = e.allele();
        ids[i] = e.id();
        classification[i] = e.classification();
      }
    }
  }

  /** The value of an INFO key, or null. */
  static String info(String info, String key) {
    int from = 0;
    while (true) {
      int at = info.indexOf(key + "=", from);
      if (at < 0) {
        return null;
      }
      if (at == 0 || info.charAt(at - 1) == ';') {
        int start = at + key.length() + 1;
        int end = info.indexOf(';', start);
        return info.substring(start, end < 0 ? info.length() : end);
      }
      from = at + 1;
    }
  }

  private static String readable(String value) {
    return value == null ? null : value.replace('_', ' ');
  }

  /** Plain or gzip (bgzip) text, recognised by its first bytes. */
  static BufferedReader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    if (first == 0x1f && second == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
