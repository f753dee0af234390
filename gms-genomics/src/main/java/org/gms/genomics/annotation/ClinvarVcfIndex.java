package org.gms.genomics.annotation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    int[] size = {0};
    ClinvarVcf.of(file)
        .eachAllele(
            clinvar -> {
              String pair = clinvar.significance() + "\t" + clinvar.reviewStatus();
              Integer classification = classificationIds.get(pair);
              if (classification == null) {
                classification = classifications.size();
                classificationIds.put(pair, classification);
                classifications.add(
                    new String[] {
                      ClinvarVcf.ClassifiedAllele.readable(clinvar.significance()),
                      ClinvarVcf.ClassifiedAllele.readable(clinvar.reviewStatus())
                    });
              }
              SequenceVariant variant;
              try {
                variant =
                    SequenceVariant.of(
                        clinvar.chrom(), clinvar.position(), clinvar.ref(), clinvar.alt());
              } catch (IllegalArgumentException e) {
                return; // no ALT ('.'), symbolic or IUPAC alleles: not matchable by sequence
              }
              Allele allele = Allele.of(variant);
              byContig
                  .computeIfAbsent(allele.contig(), k -> new ArrayList<>())
                  .add(
                      new Entry(
                          allele.start(),
                          allele.ref() + ">" + allele.alt(),
                          clinvar.variationId(),
                          classification));
              size[0]++;
            });
    Map<String, Contig> contigs = new HashMap<>();
    byContig.forEach((name, entries) -> contigs.put(name, new Contig(entries)));
    return new ClinvarVcfIndex(Map.copyOf(contigs), List.copyOf(classifications), size[0]);
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
}
