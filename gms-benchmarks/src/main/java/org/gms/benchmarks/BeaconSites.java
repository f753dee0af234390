package org.gms.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;

/**
 * The real variant sites the Beacon benchmark gives its cohort genotypes at, each with an allele
 * frequency: read once, before the server starts, so reading VCFs is not part of any timing.
 *
 * @param pooled whether the sites include the pooled VCF records (which name no gene)
 */
record BeaconSites(List<Site> all, boolean pooled) {

  static final String SHARED_CLINVAR =
      "../shared/reference/clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz";
  static final String SHARED_VCFS = "../shared/reference/vcf";

  private static final List<String> BUNDLED =
      List.of(
          "/org/gms/server/analysis/demo/pharmcat.example.vcf.gz",
          "/org/gms/server/analysis/demo/pharmcat.example2.vcf.gz");

  /** One real site and its alternate allele frequency (drawn when the record gives none). */
  record Site(VariantKey key, double frequency, String gene) {}

  /**
   * Every sequence allele of the VCF (by default the shared ClinVar subset, and with the {@code
   * all} pool every shared VCF; without the shared data, the bundled PharmCAT examples).
   */
  static BeaconSites read(Path vcf, BenchmarkBeaconCommand.SitePool pool, SplittableRandom random)
      throws IOException {
    Path source = vcf != null ? vcf : Path.of(SHARED_CLINVAR);
    List<Site> sites = new ArrayList<>();
    boolean pooled = false;
    VariantNormaliser normaliser = VariantNormaliser.using(ReferenceGenome.none());
    long started = System.nanoTime();
    if (Files.isRegularFile(source)) {
      try (VcfReader reader = VcfReader.open(source)) {
        read(reader, normaliser, random, sites);
      }
      System.out.printf(
          "beacon: %d sites from %s (real records; frequency from AF_EXAC/AF_TGP/AF_ESP where"
              + " given, else drawn from a rare-variant distribution)%n",
          sites.size(), source);
      if (vcf == null && pool == BenchmarkBeaconCommand.SitePool.all) {
        pooled = true;
        pool(normaliser, random, sites);
      }
    } else if (vcf != null) {
      throw new IllegalArgumentException("--vcf " + vcf + " is not a file.");
    } else {
      for (String resource : BUNDLED) {
        try (InputStream in = BeaconSites.class.getResourceAsStream(resource);
            VcfReader reader =
                VcfReader.open(new GZIPInputStream(in), resource, VcfReadOptions.defaults())) {
          read(reader, normaliser, random, sites);
        }
      }
      Set<VariantKey> unique = new HashSet<>();
      sites.removeIf(s -> !unique.add(s.key()));
      System.out.printf(
          "beacon: %s is absent (shared reference data): using the %d sites of the bundled"
              + " PharmCAT examples instead; figures are NOT comparable with a full run%n",
          SHARED_CLINVAR, sites.size());
    }
    System.out.printf("beacon: sites read in %.1f s%n", (System.nanoTime() - started) / 1e9);
    return new BeaconSites(sites, pooled);
  }

  /**
   * Adds every record of every real VCF in {@value #SHARED_VCFS} as sites (once each), each with an
   * allele frequency drawn from {@link AlleleFrequencies#spectrum}. The files are GRCh37/hg19 (1000
   * Genomes chr21 samples, a PGP exome, an exome with a spiked variant, a GIAB trio's chr1-2):
   * their positions are used as they are, as GRCh38 sites, so they give the density and spread of
   * real exome and genome calls, not real GRCh38 variants.
   */
  private static void pool(VariantNormaliser normaliser, SplittableRandom random, List<Site> sites)
      throws IOException {
    Set<VariantKey> seen = new HashSet<>();
    sites.forEach(s -> seen.add(s.key()));
    List<Path> files;
    try (var listing = Files.walk(Path.of(SHARED_VCFS))) {
      files =
          listing
              .filter(f -> f.toString().endsWith(".vcf.gz") || f.toString().endsWith(".vcf"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      int before = sites.size();
      int records = 0;
      try (VcfReader reader = VcfReader.open(file, VcfReadOptions.defaults().withLenient(true))) {
        for (VcfRecord record : reader) {
          records++;
          for (RecordAllele allele : record.alleles()) {
            if (allele.variant().isEmpty()) {
              continue;
            }
            try {
              VariantKey key =
                  VariantKey.of(GenomeBuild.GRCh38, allele.variant().get(), normaliser);
              if (seen.add(key)) {
                sites.add(new Site(key, AlleleFrequencies.spectrum(random), null));
              }
            } catch (IllegalArgumentException e) {
              // not a plain DNA allele (symbolic, breakend)
            }
          }
        }
      } catch (RuntimeException e) {
        System.out.printf(
            "beacon: %s: stopped after %d records: %s%n", file, records, e.getMessage());
      }
      System.out.printf(
          "beacon: %d records of %s gave %d new sites%n", records, file, sites.size() - before);
    }
    System.out.printf("beacon: %d sites in all%n", sites.size());
  }

  private static void read(
      VcfReader reader, VariantNormaliser normaliser, SplittableRandom random, List<Site> into) {
    for (VcfRecord record : reader) {
      String gene = record.info("GENEINFO").map(g -> g.split(":", 2)[0]).orElse(null);
      double given = frequency(record);
      for (RecordAllele allele : record.alleles()) {
        if (allele.variant().isEmpty()) {
          continue;
        }
        try {
          VariantKey key = VariantKey.of(GenomeBuild.GRCh38, allele.variant().get(), normaliser);
          into.add(new Site(key, given > 0 ? given : AlleleFrequencies.drawn(random), gene));
        } catch (IllegalArgumentException e) {
          // not a plain DNA allele
        }
      }
    }
  }

  /** The highest population frequency the record gives (ClinVar's AF fields), 0 when none. */
  private static double frequency(VcfRecord record) {
    double best = 0;
    for (String field : List.of("AF_EXAC", "AF_TGP", "AF_ESP")) {
      Optional<String> value = record.info(field);
      if (value.isPresent()) {
        try {
          best = Math.max(best, Double.parseDouble(value.get().split(",")[0]));
        } catch (NumberFormatException e) {
          // not a number: ignored
        }
      }
    }
    return best;
  }
}
