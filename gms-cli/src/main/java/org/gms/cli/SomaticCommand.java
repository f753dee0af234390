package org.gms.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.biomarker.Territory;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.input.CopyNumberCall;
import org.gms.genomics.cancer.input.CopyNumberReader;
import org.gms.genomics.cancer.input.Fusion;
import org.gms.genomics.cancer.input.FusionReader;
import org.gms.genomics.cancer.input.MafReader;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.TabularFile;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.input.TumourVcfReader;
import org.gms.genomics.cancer.input.VcfInputSettings;
import org.gms.genomics.cancer.knowledge.CivicKnowledge;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.gms.genomics.cancer.report.SomaticReportHtml;
import org.gms.genomics.cancer.report.SomaticReportJson;
import org.gms.genomics.cancer.tumourtype.TumourType;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.AtomicOutput;
import org.gms.genomics.variant.VcfReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./gms somatic}: a tumour's variants (VCF or MAF), copy number and fusions to a report of
 * oncogenicity, AMP tiers with therapies, TMB and MSI; one report per sample of a MAF.
 */
@Command(
    name = "somatic",
    mixinStandardHelpOptions = true,
    description = {
      "Interpret a tumour: oncogenicity (ClinGen/CGC/VICC 2022), AMP/ASCO/CAP tiers with CIViC"
          + " therapies, TMB and MSI, from a tumour VCF or a MAF. See docs/cancer.md."
    })
final class SomaticCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "VCF|MAF",
      description = "Tumour VCF (.vcf, .vcf.gz) or MAF (GDC/TCGA, cBioPortal data_mutations).")
  Path input;

  @Option(
      names = "--tumour-type",
      paramLabel = "CODE",
      description =
          "OncoTree code (NSCLC, COADREAD, MEL), DOID (DOID:3908) or test directory M-code (M4).")
  String tumourType;

  @Option(
      names = "--clinical",
      paramLabel = "FILE",
      description =
          "cBioPortal data_clinical_sample with SAMPLE_ID and ONCOTREE_CODE: each MAF sample's tumour type.")
  Path clinical;

  @Option(
      names = "--tumour-sample",
      description = "The tumour's sample column in a multi-sample VCF.")
  String tumourSample;

  @Option(
      names = "--normal-sample",
      description = "The matched normal's sample column (tumour-normal VCF).")
  String normalSample;

  @Option(
      names = "--germline",
      description =
          "A germline VCF of the same patient (single sample, VEP CSQ or snpEff ANN annotated):"
              + " variants in cancer predisposition genes are classified by ACMG and P/LP ones"
              + " reported apart.")
  Path germlineVcf;

  @Option(
      names = "--vaf-tag",
      defaultValue = "TVAF",
      description =
          "INFO tag with the tumour VAF when FORMAT AF/AD are absent (default: ${DEFAULT-VALUE}).")
  String vafTag;

  @Option(
      names = "--depth-tag",
      defaultValue = "TDP",
      description =
          "INFO tag with the tumour depth when FORMAT DP is absent (default: ${DEFAULT-VALUE}).")
  String depthTag;

  @Option(
      names = "--build",
      description = "GRCh37 or GRCh38: checked against the VCF header and contigs.")
  GenomeBuild build;

  @Mixin SomaticTranscripts transcriptModels;

  @Option(
      names = "--cna",
      paramLabel = "FILE",
      description = "Copy number: PCGR segments, CBS .seg (GRCh38) or gene calls (data_CNA).")
  Path cna;

  @Option(
      names = "--fusions",
      paramLabel = "FILE",
      description = "Fusions: Arriba TSV, PCGR fusion TSV or cBioPortal data_sv.")
  Path fusions;

  @Option(
      names = "--target-bed",
      paramLabel = "BED",
      description = "The assay's territory, for TMB and MSI.")
  Path targetBed;

  @Option(
      names = "--target-mb",
      paramLabel = "MB",
      description = "The assay's territory size in Mb, for TMB and MSI.")
  Double targetMb;

  @Option(
      names = "--tmb-definition",
      defaultValue = "CBIOPORTAL_NONSYNONYMOUS",
      description = "CBIOPORTAL_NONSYNONYMOUS or FOCR_HARMONISED (default: ${DEFAULT-VALUE}).")
  TmbDefinition tmbDefinition;

  @Option(
      names = "--hotspots",
      paramLabel = "FILE",
      description =
          "cancerhotspots v2_multi_type_residue.txt (AGPL; not bundled): enables OS3/OM3/OP3.")
  Path hotspots;

  @Option(
      names = "--civic",
      paramLabel = "DIR",
      description = "A newer CIViC release folder (default: the bundled 01-Aug-2024 release).")
  Path civic;

  @Option(
      names = "--min-vaf",
      defaultValue = "0",
      description = "Leave out variants below this tumour VAF (default: none).")
  double minVaf;

  @Option(
      names = "--min-depth",
      defaultValue = "0",
      description = "Leave out variants below this tumour depth (default: none).")
  int minDepth;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "report.json or report.html (one sample).")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "One <sample>.somatic.json and .html per sample.")
  Path outputDir;

  @Override
  public Integer call() throws Exception {
    if ((output == null) == (outputDir == null)) {
      throw new IllegalArgumentException(
          "Give --output report.json|report.html, or --output-dir DIR");
    }
    if (targetBed != null && targetMb != null) {
      throw new IllegalArgumentException("Give --target-bed or --target-mb, not both");
    }
    long start = System.nanoTime();
    var err = spec.commandLine().getErr();
    TumourTypes types = TumourTypes.bundled();
    TumourType fixedType = tumourType == null ? null : types.resolve(tumourType);
    Map<String, String> clinicalTypes = clinical == null ? Map.of() : readClinical(clinical);
    if (fixedType == null && clinicalTypes.isEmpty()) {
      throw new IllegalArgumentException(
          "Give --tumour-type CODE, or --clinical data_clinical_sample with ONCOTREE_CODE");
    }
    Territory territory =
        targetBed != null
            ? Territory.fromBed(targetBed)
            : targetMb != null ? Territory.ofMegabases(targetMb, "--target-mb " + targetMb) : null;
    SomaticSettings settings =
        new SomaticSettings(
            civic == null ? CivicKnowledge.bundled() : CivicKnowledge.read(civic),
            org.gms.genomics.cancer.knowledge.GeneRoles.bundled(),
            hotspots == null ? Hotspots.none() : Hotspots.read(hotspots),
            types,
            tmbDefinition,
            territory,
            minVaf,
            minDepth);
    List<TumourSample> samples;
    List<Fusion> vcfFusions = List.of();
    var annotator = transcriptModels.annotator(build);
    if (isVcf(input)) {
      VcfReadOptions options =
          build == null ? VcfReadOptions.defaults() : VcfReadOptions.defaults().withBuild(build);
      TumourVcfReader reader =
          new TumourVcfReader(
              new VcfInputSettings(tumourSample, normalSample, vafTag, depthTag, true, annotator));
      samples =
          List.of(reader.read(input, options, n -> err.printf("somatic: %,d records read%n", n)));
      vcfFusions = reader.breakendFusions();
    } else {
      samples = MafReader.read(input);
    }
    List<SomaticVariant> extraGermline = List.of();
    if (germlineVcf != null) {
      if (samples.size() != 1) {
        throw new IllegalArgumentException(
            "--germline "
                + germlineVcf.getFileName()
                + ": a germline VCF goes with one tumour sample; "
                + input.getFileName()
                + " has "
                + samples.size());
      }
      TumourSample g =
          new TumourVcfReader(new VcfInputSettings(null, null, vafTag, depthTag, true, annotator))
              .read(
                  germlineVcf,
                  build == null
                      ? VcfReadOptions.defaults()
                      : VcfReadOptions.defaults().withBuild(build),
                  n -> err.printf("somatic: %,d germline records read%n", n));
      String tumourBuild = samples.get(0).build();
      if (!g.build().isEmpty() && !tumourBuild.isEmpty() && !g.build().equals(tumourBuild)) {
        throw new GenomicsException(
            "--germline "
                + germlineVcf
                + " is "
                + g.build()
                + " but "
                + input
                + " is "
                + tumourBuild
                + ": give both on the same genome build");
      }
      extraGermline = g.variants();
    }
    if (output != null && samples.size() > 1) {
      throw new IllegalArgumentException(
          input.getFileName()
              + " has "
              + samples.size()
              + " samples: give --output-dir for one report per Tumor_Sample_Barcode");
    }
    Map<String, List<CopyNumberCall>> cnaBySample =
        cna == null ? Map.of() : CopyNumberReader.read(cna, samples.get(0).build());
    Map<String, List<Fusion>> fusionsBySample = Map.of();
    List<String> fusionWarnings = List.of();
    if (fusions != null) {
      FusionReader.Fusions read = FusionReader.read(fusions);
      fusionsBySample = read.bySample();
      fusionWarnings = read.warnings();
      fusionWarnings.forEach(w -> err.println("warning: " + w));
    }
    SomaticAnalysis analysis = SomaticAnalysis.create(settings);
    List<SomaticReport> reports = new ArrayList<>();
    int done = 0;
    for (TumourSample sample : samples) {
      TumourType type = fixedType;
      String code = clinicalTypes.get(sample.name());
      if (code != null && !code.isEmpty()) {
        type = types.resolve(code);
      }
      if (type == null) {
        throw new GenomicsException(
            clinical
                + ": sample "
                + sample.name()
                + " has no ONCOTREE_CODE; give one or --tumour-type");
      }
      List<CopyNumberCall> calls =
          new ArrayList<>(cnaBySample.getOrDefault(sample.name(), List.of()));
      List<Fusion> fs = new ArrayList<>(fusionsBySample.getOrDefault(sample.name(), List.of()));
      fs.addAll(vcfFusions);
      if (samples.size() == 1) {
        calls.addAll(cnaBySample.getOrDefault("", List.of()));
        fs.addAll(fusionsBySample.getOrDefault("", List.of()));
      }
      TumourSample withWarnings =
          new TumourSample(
              sample.name(),
              sample.build(),
              sample.tumourTypeCode(),
              sample.variants(),
              concatVariants(sample.germline(), extraGermline),
              concat(sample.warnings(), fusionWarnings));
      reports.add(analysis.analyse(withWarnings, type, calls, fs));
      done++;
      if (samples.size() >= 50 && done % 50 == 0) {
        err.printf("somatic: %d of %d samples analysed%n", done, samples.size());
      }
    }
    // everything analysed: only now is anything written, each file atomically
    if (output != null) {
      write(output, reports.get(0));
    } else {
      Set<String> names = new HashSet<>();
      for (SomaticReport r : reports) {
        String base = r.sample().replaceAll("[^A-Za-z0-9._-]", "_");
        if (!names.add(base)) {
          throw new GenomicsException(
              "Two samples give the file name " + base + "; rename them in the input");
        }
      }
      for (SomaticReport r : reports) {
        String base = r.sample().replaceAll("[^A-Za-z0-9._-]", "_");
        write(outputDir.resolve(base + ".somatic.json"), r);
        write(outputDir.resolve(base + ".somatic.html"), r);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "somatic: %d sample(s), %d finding(s) in tier I/II, in %.1f s -> %s%n",
            reports.size(),
            reports.stream()
                .mapToLong(r -> r.findings().stream().filter(f -> f.tier().actionable()).count())
                .sum(),
            seconds,
            output != null ? output : outputDir);
    return 0;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static void write(Path target, SomaticReport report) {
    try (AtomicOutput out = AtomicOutput.create(target)) {
      try {
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
          out.stream().write(SomaticReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
        } else {
          SomaticReportJson.write(report, out.stream());
        }
      } catch (IOException e) {
        throw new GenomicsException("Cannot write " + target + ": " + e.getMessage(), e);
      }
      out.commit();
    }
  }

  static boolean isVcf(Path path) throws IOException {
    try (InputStream in = TabularFile.open(path)) {
      byte[] start = in.readNBytes(16);
      return new String(start, StandardCharsets.US_ASCII).startsWith("##fileformat=VCF");
    }
  }

  private static Map<String, String> readClinical(Path path) {
    Map<String, String> types = new HashMap<>();
    TabularFile.read(
        path,
        f -> f.require("cBioPortal clinical sample file", "SAMPLE_ID", "ONCOTREE_CODE"),
        (f, row) -> types.put(row.required("SAMPLE_ID"), row.get("ONCOTREE_CODE")));
    return types;
  }

  private static List<SomaticVariant> concatVariants(
      List<SomaticVariant> a, List<SomaticVariant> b) {
    List<SomaticVariant> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
