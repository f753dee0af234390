package org.gms.benchmarks;

import static org.gms.benchmarks.support.CancerCohorts.loadAverage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.gms.benchmarks.support.CancerCohorts;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.biomarker.MsiModel;
import org.gms.genomics.cancer.biomarker.Territory;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.input.FusionReader;
import org.gms.genomics.cancer.input.MafReader;
import org.gms.genomics.cancer.input.TabularFile;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.input.TumourVcfReader;
import org.gms.genomics.cancer.input.VcfInputSettings;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.gms.genomics.cancer.report.SomaticReportJson;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.genomics.variant.VcfReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark somatic}: speed and accuracy of the cancer engine on real cohorts: MAF
 * samples per minute (TCGA MC3 and LAML), TMB against the published MC3 counts, MSI cross-validated
 * on MSIseq, PCGR's T001 examples end to end, and tumour-VCF records per second.
 */
@Command(
    name = "somatic",
    mixinStandardHelpOptions = true,
    description = {
      "Cancer engine on real cohorts: MAF samples/min, TMB vs published MC3 counts, MSI"
          + " cross-validated on MSIseq, PCGR T001 end to end, VCF records/s. See docs/cancer.md."
    })
final class BenchmarkSomaticCommand implements Callable<Integer> {

  @Mixin CancerCohorts cohorts = new CancerCohorts();

  @Option(
      names = "--records",
      defaultValue = "1000000",
      description = "Records of the generated tumour VCF (0: skip; default: ${DEFAULT-VALUE}).")
  long records;

  @Option(
      names = "--vcf",
      description =
          "Tumour VCF for the records/s figure: read when it exists, else the generated VCF is"
              + " written there and kept (default: a temporary file, deleted).")
  Path vcf;

  @Option(
      names = "--target-mb",
      defaultValue = "38",
      description =
          "Exome territory for TMB of the MAF cohorts (default: ${DEFAULT-VALUE}, MSIseq's).")
  double targetMb;

  @Override
  public Integer call() throws Exception {
    Path cancer = cohorts.folder();
    System.out.println("load average at start: " + loadAverage());
    Hotspots hotspots =
        Hotspots.read(cancer.resolve("hotspots/cancerhotspots_v2_multi_type_residue.txt"));
    SomaticSettings settings =
        SomaticSettings.bundled()
            .withHotspots(hotspots)
            .withTmb(
                TmbDefinition.CBIOPORTAL_NONSYNONYMOUS,
                Territory.ofMegabases(targetMb, "exome " + targetMb + " Mb"));
    SomaticAnalysis analysis = SomaticAnalysis.create(settings);
    TumourTypes types = TumourTypes.bundled();
    // warm the knowledge so that loading is not counted as analysis
    analysis.analyse(
        new TumourSample("warm", "", "", List.of(), List.of(), List.of()),
        types.resolve("COADREAD"),
        List.of(),
        List.of());

    Map<String, Integer> published = new HashMap<>();
    TabularFile.read(
        cancer.resolve("cohorts/maftools/tcga_mc3_mutation_counts_per_sample.txt.gz"),
        f -> {},
        (f, row) -> published.put(row.get("Tumor_Sample_Barcode"), (int) row.number("total", 0)));
    Map<String, String> cohorts = new java.util.LinkedHashMap<>();
    cohorts.put("tcga_mc3/MC3_CHOL.maf.gz", "CHOL");
    cohorts.put("tcga_mc3/MC3_UVM.maf.gz", "UM");
    cohorts.put("tcga_mc3/MC3_UCS.maf.gz", "UCS");
    cohorts.put("tcga_mc3/MC3_ACC.maf.gz", "ACC");
    cohorts.put("tcga_mc3/MC3_DLBC.maf.gz", "DLBCLNOS");
    cohorts.put("maftools/tcga_laml.maf.gz", "AML");
    int samples = 0;
    long bytes = 0;
    int exact = 0;
    int compared = 0;
    int tierOneTwo = 0;
    List<double[]> pairs = new ArrayList<>();
    long started = System.nanoTime();
    for (var cohort : cohorts.entrySet()) {
      long t0 = System.nanoTime();
      List<TumourSample> maf = MafReader.read(cancer.resolve("cohorts").resolve(cohort.getKey()));
      int n = 0;
      for (TumourSample s : maf) {
        SomaticReport r =
            analysis.analyse(s, types.resolve(cohort.getValue()), List.of(), List.of());
        bytes += SomaticReportJson.toString(r).length();
        tierOneTwo += (int) r.findings().stream().filter(f -> f.tier().actionable()).count();
        Integer pub = published.get(s.name());
        if (pub != null && r.biomarkers().tmb() != null) {
          compared++;
          int ours = r.biomarkers().tmb().mutations();
          exact += ours == pub ? 1 : 0;
          pairs.add(new double[] {ours, pub});
        }
        n++;
      }
      samples += n;
      System.out.printf(
          Locale.ROOT,
          "  %-28s %4d samples in %.2f s%n",
          cohort.getKey(),
          n,
          (System.nanoTime() - t0) / 1e9);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "MAF: %d samples (read, analysed, JSON %,d bytes) in %.1f s = %,.0f samples/min (goal >= 1,000/min); %d tier I/II findings%n",
        samples,
        bytes,
        seconds,
        samples / seconds * 60,
        tierOneTwo);
    double[] agreement = agreement(pairs);
    System.out.printf(
        Locale.ROOT,
        "TMB (cBioPortal TMB_NONSYNONYMOUS) vs published MC3 per-sample counts (maftools tcgaCompare): %d samples, identical count %d (%.1f%%), within 5%% %d (%.1f%%), Pearson r %.4f, median |difference| %.1f mutations%n",
        compared,
        exact,
        100.0 * exact / compared,
        (int) agreement[0],
        100.0 * agreement[0] / compared,
        agreement[1],
        agreement[2]);

    List<MsiModel.Labelled> msiseq = MsiModel.Labelled.readMsiseq(cancer.resolve("cohorts/msiseq"));
    MsiModel.Accuracy cv = MsiModel.crossValidate(msiseq, 5, 1);
    System.out.printf(
        Locale.ROOT,
        "MSI (indels/Mb >= %.3f, fitted on all %d): 5-fold cross-validated %s%n",
        MsiModel.fit(msiseq),
        msiseq.size(),
        cv);

    for (String example : List.of("COAD", "BRCA")) {
      Path vcf = cancer.resolve("pcgr-examples/pcgr_T001-" + example + ".grch38.vcf.gz");
      long t0 = System.nanoTime();
      TumourSample s =
          new TumourVcfReader(VcfInputSettings.defaults())
              .read(vcf, VcfReadOptions.defaults(), null);
      var fusions =
          example.equals("BRCA")
              ? FusionReader.read(cancer.resolve("pcgr-examples/pcgr_T001-BRCA.grch38.fusions.tsv"))
                  .bySample()
                  .getOrDefault("", List.of())
              : List.<org.gms.genomics.cancer.input.Fusion>of();
      var cna =
          example.equals("BRCA")
              ? org.gms.genomics.cancer.input.CopyNumberReader.read(
                      cancer.resolve("pcgr-examples/pcgr_T001-BRCA.grch38.cna.tsv"), "GRCh38")
                  .getOrDefault("", List.of())
              : List.<org.gms.genomics.cancer.input.CopyNumberCall>of();
      SomaticReport r =
          SomaticAnalysis.create(
                  settings.withTmb(
                      TmbDefinition.CBIOPORTAL_NONSYNONYMOUS,
                      Territory.ofMegabases(34, "34 Mb (PCGR example default)")))
              .analyse(
                  s, types.resolve(example.equals("COAD") ? "COADREAD" : "BRCA"), cna, fusions);
      System.out.printf(
          Locale.ROOT,
          "PCGR T001-%s: %d variants, %d findings (%d tier I/II), TMB %.1f/Mb (%s), MSI %s (%.2f indels/Mb), in %.2f s%n",
          example,
          s.variants().size(),
          r.findings().size(),
          r.findings().stream().filter(f -> f.tier().actionable()).count(),
          r.biomarkers().tmb().perMb(),
          r.biomarkers().tmb().definition().substring(0, 20),
          r.biomarkers().msi().status(),
          r.biomarkers().msi().score(),
          (System.nanoTime() - t0) / 1e9);
    }

    if (records > 0 || vcf != null) {
      Path dir = Files.createTempDirectory("gms-somatic-bench");
      Path big = vcf != null ? vcf : dir.resolve("tumour.vcf.gz");
      try {
        if (!Files.exists(big)) {
          long g0 = System.nanoTime();
          generate(cancer.resolve("pcgr-examples/pcgr_T001-COAD.grch38.vcf.gz"), big, records);
          System.out.printf(
              Locale.ROOT,
              "generated %,d real T001-COAD records at new positions in %.1f s (%,d bytes)%n",
              records,
              (System.nanoTime() - g0) / 1e9,
              Files.size(big));
        }
        System.out.println("load average before the GMS pass: " + loadAverage());
        long t0 = System.nanoTime();
        TumourSample s =
            new TumourVcfReader(VcfInputSettings.defaults())
                .read(big, VcfReadOptions.defaults(), null);
        SomaticReport r =
            SomaticAnalysis.create(
                    settings.withTmb(
                        TmbDefinition.CBIOPORTAL_NONSYNONYMOUS,
                        Territory.ofMegabases(3000, "genome")))
                .analyse(s, types.resolve("COADREAD"), List.of(), List.of());
        int len = SomaticReportJson.toString(r).length();
        double t = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "VCF %s: %,d records read, analysed (%d findings), JSON %,d bytes in %.1f s = %,.0f records/s%n",
            big.getFileName(),
            s.variants().size(),
            r.findings().size(),
            len,
            t,
            s.variants().size() / t);
        Path bcftools = BenchmarkVcfIoCommand.findOnPath("bcftools");
        if (bcftools == null) {
          System.out.println(
              "bcftools view: not installed (apt-get install -y bcftools), comparison not made");
        } else {
          System.out.println("load average before bcftools: " + loadAverage());
          long b0 = System.nanoTime();
          Process p =
              new ProcessBuilder(
                      bcftools.toString(), "view", "-Ov", "-o", "/dev/null", big.toString())
                  .redirectErrorStream(true)
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .start();
          int rc = p.waitFor();
          double bt = (System.nanoTime() - b0) / 1e9;
          if (rc != 0) {
            System.out.println("bcftools view failed (exit " + rc + "): comparison not made");
          } else {
            System.out.printf(
                Locale.ROOT,
                "bcftools view -Ov -o /dev/null (same file): %.1f s = %,.0f records/s;"
                    + " ratio gms / bcftools %.2f (goal: at most 2.0)%n",
                bt,
                s.variants().size() / bt,
                t / bt);
          }
        }
      } finally {
        if (vcf == null) {
          Files.deleteIfExists(big);
        }
        Files.deleteIfExists(dir);
      }
    }
    System.out.println("load average at end: " + loadAverage());
    return 0;
  }

  /** {identical-within-5% count, Pearson r, median absolute difference}. */
  private static double[] agreement(List<double[]> pairs) {
    int close = 0;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    List<Double> diffs = new ArrayList<>();
    for (double[] p : pairs) {
      if (Math.abs(p[0] - p[1]) <= 0.05 * Math.max(1, p[1])) {
        close++;
      }
      sx += p[0];
      sy += p[1];
      sxx += p[0] * p[0];
      syy += p[1] * p[1];
      sxy += p[0] * p[1];
      diffs.add(Math.abs(p[0] - p[1]));
    }
    int n = pairs.size();
    double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    diffs.sort(Double::compare);
    double median = n == 0 ? 0 : diffs.get(n / 2);
    return new double[] {close, r, median};
  }

  /** Writes {@code n} records cycling the template's real records, at increasing positions. */
  private static void generate(Path template, Path out, long n) throws IOException {
    List<String> header = new ArrayList<>();
    List<String[]> body = new ArrayList<>();
    try (var in =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(TabularFile.open(template), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#")) {
          header.add(line);
        } else {
          body.add(line.split("\t", 3));
        }
      }
    }
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
        BufferedWriter w =
            new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      for (String h : header) {
        w.write(h);
        w.write('\n');
      }
      long perChromosome = n / 22 + 1;
      for (long i = 0; i < n; i++) {
        String[] r = body.get((int) (i % body.size()));
        long chromosome = i / perChromosome + 1;
        long position = 10_000 + (i % perChromosome) * 40;
        w.write(Long.toString(chromosome));
        w.write('\t');
        w.write(Long.toString(position));
        w.write('\t');
        w.write(r[2]);
        w.write('\n');
      }
    }
  }
}
