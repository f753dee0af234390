package org.gms.genomics.cancer.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.input.SomaticVariant.InSilico;
import org.gms.genomics.variant.AlleleKind;
import org.gms.genomics.variant.Genotype;
import org.gms.genomics.variant.VcfHeader;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;

/**
 * Reads a tumour VCF (tumour-only, or tumour-normal with named samples) through {@link VcfReader}:
 * each sequence ALT allele of a passing record becomes a {@link SomaticVariant}, with VAF and depth
 * from FORMAT AF/AD/DP or the configured INFO tags, gene and effect from VEP {@code CSQ} or snpEff
 * {@code ANN}; without either, from GMS's own annotator when the settings carry one, else (GRCh38
 * only) the gene is the MANE gene covering the position; an unannotated VCF of another or no build
 * without an annotator is an error. Alleles the normal carries are germline and kept apart.
 */
public final class TumourVcfReader {

  private static final java.util.regex.Pattern MATE =
      java.util.regex.Pattern.compile("[\\[\\]]([^:\\[\\]]+):(\\d+)[\\[\\]]");

  private final VcfInputSettings settings;
  private final List<Fusion> breakendFusions = new ArrayList<>();

  public TumourVcfReader(VcfInputSettings settings) {
    this.settings = settings;
  }

  /**
   * The fusions the last {@link #read} found as breakend pairs ({@code N[chr2:321[}) joining two
   * different genes (GRCh38 MANE spans); each pair once, genes in file order (breakends do not say
   * which partner is 5').
   */
  public List<Fusion> breakendFusions() {
    return List.copyOf(breakendFusions);
  }

  /** Reads the file; {@code progress} receives the number of records read every 100,000. */
  public TumourSample read(Path path, VcfReadOptions options, LongConsumer progress) {
    try (VcfReader reader = VcfReader.open(path, options)) {
      VcfHeader header = reader.header();
      String file = path.getFileName().toString();
      int tumour = tumourIndex(header, file);
      int normal = -1;
      if (settings.normalSample() != null) {
        normal = header.sampleIndex(settings.normalSample());
        if (normal < 0) {
          throw new GenomicsException(
              file
                  + ", #CHROM line: the normal sample '"
                  + settings.normalSample()
                  + "' is not in the VCF; its samples are "
                  + header.samples());
        }
      }
      VcfAnnotationFormat annotation = VcfAnnotationFormat.of(header);
      String build = options.declaredBuild().map(Enum::name).orElse(buildFromHeader(header));
      boolean ownAnnotation = annotation == null && settings.annotator() != null;
      boolean genesByPosition = annotation == null && !ownAnnotation && build.equals("GRCh38");
      List<SomaticVariant> somatic = new ArrayList<>();
      List<SomaticVariant> germline = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      long records = 0;
      long filtered = 0;
      long withoutVaf = 0;
      breakendFusions.clear();
      java.util.Set<String> seenPairs = new java.util.HashSet<>();
      for (VcfRecord record : reader) {
        records++;
        if (records % 100_000 == 0 && progress != null) {
          progress.accept(records);
        }
        if (settings.passOnly() && !record.filters().isEmpty() && !record.passed()) {
          filtered++;
          continue;
        }
        for (var allele : record.alleles()) {
          if (allele.kind() == AlleleKind.BREAKEND && build.equals("GRCh38")) {
            breakend(record, allele.alt(), file, seenPairs);
            continue;
          }
          if (allele.kind() != AlleleKind.SEQUENCE) {
            continue;
          }
          String ref = record.ref();
          String alt = allele.alt();
          long pos = record.position();
          // minimal representation, as MAF and CIViC write it
          int common = 0;
          while (common < ref.length() - 1
              && common < alt.length() - 1
              && ref.charAt(ref.length() - 1 - common) == alt.charAt(alt.length() - 1 - common)) {
            common++;
          }
          String r = ref.substring(0, ref.length() - common);
          String a = alt.substring(0, alt.length() - common);
          if (!r.isEmpty()
              && !a.isEmpty()
              && r.charAt(0) == a.charAt(0)
              && r.length() != a.length()) {
            r = r.substring(1);
            a = a.substring(1);
            pos++;
          }
          if (r.equals(a)) {
            continue;
          }
          double[] vafDepth = vafAndDepth(record, tumour, allele.index());
          if (Double.isNaN(vafDepth[0])) {
            withoutVaf++;
          }
          VcfAnnotationFormat.Entry entry;
          if (annotation != null) {
            entry = annotation.entry(record, allele.index(), alt).orElse(null);
          } else if (ownAnnotation) {
            entry =
                OwnAnnotation.entry(
                        settings.annotator(), record.contig(), record.position(), ref, alt)
                    .orElse(null);
          } else if (!genesByPosition) {
            throw OwnAnnotation.notAnnotated(file, record, build);
          } else {
            entry = null;
          }
          String gene;
          VariantClass variantClass;
          String protein = "";
          String hgvsc = "";
          String exon = "";
          double af = Double.NaN;
          InSilico inSilico = InSilico.UNKNOWN;
          if (entry != null) {
            gene = entry.gene();
            variantClass =
                VariantClass.fromSequenceOntology(entry.consequence(), r.length(), a.length());
            protein = ProteinChanges.shortForm(entry.hgvsp());
            hgvsc = entry.hgvsc();
            exon = entry.exon();
            af = entry.populationFrequency();
            inSilico = MafReader.inSilico(entry.sift(), entry.polyphen());
          } else {
            gene =
                genesByPosition ? GeneSpans.grch38().geneAt(record.contig(), pos).orElse("") : "";
            // GMS's own annotator found no transcript within reach: intergenic
            variantClass = ownAnnotation ? VariantClass.INTERGENIC : VariantClass.UNANNOTATED;
          }
          SomaticVariant v =
              new SomaticVariant(
                  gene,
                  record.contig(),
                  pos,
                  r,
                  a,
                  variantClass,
                  protein,
                  hgvsc,
                  exon,
                  (int) vafDepth[1],
                  (int) vafDepth[2],
                  vafDepth[0],
                  af,
                  inSilico,
                  file + ":" + record.lineNumber());
          if (normal >= 0 && normalCarries(record, normal, allele.index())) {
            germline.add(v);
          } else {
            somatic.add(v);
          }
        }
      }
      if (filtered > 0) {
        warnings.add(file + ": " + filtered + " of " + records + " records not PASS were skipped");
      }
      if (withoutVaf > 0) {
        warnings.add(
            file
                + ": "
                + withoutVaf
                + " allele(s) have no tumour VAF (no FORMAT AF/AD nor INFO "
                + settings.vafInfoTag()
                + "): VAF filters are not applied to them");
      }
      if (ownAnnotation) {
        warnings.add(
            file
                + ": no VEP CSQ or snpEff ANN annotation: annotated by GMS over the given transcript"
                + " models (one transcript per allele: MANE Select, else the most severe"
                + " consequence); no population frequencies or SIFT/PolyPhen");
      } else if (annotation == null) {
        warnings.add(
            file
                + ": no VEP CSQ or snpEff ANN annotation: genes assigned by GRCh38 MANE Select"
                + " spans, protein changes unknown (give transcript models, --transcripts, for"
                + " GMS's own annotation)");
      }
      String name = header.samples().isEmpty() ? file : header.samples().get(tumour);
      return new TumourSample(name, build, "", somatic, germline, warnings);
    }
  }

  private void breakend(VcfRecord record, String alt, String file, java.util.Set<String> seen) {
    java.util.regex.Matcher m = MATE.matcher(alt);
    if (!m.find()) {
      return;
    }
    Optional<String> here = GeneSpans.grch38().geneAt(record.contig(), record.position());
    Optional<String> there = GeneSpans.grch38().geneAt(m.group(1), Long.parseLong(m.group(2)));
    if (here.isEmpty() || there.isEmpty() || here.get().equals(there.get())) {
      return;
    }
    String a = here.get();
    String b = there.get();
    String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    if (seen.add(key)) {
      breakendFusions.add(new Fusion(a, b, -1, file + ":" + record.lineNumber(), false));
    }
  }

  private int tumourIndex(VcfHeader header, String file) {
    List<String> samples = header.samples();
    if (settings.tumourSample() != null) {
      int i = header.sampleIndex(settings.tumourSample());
      if (i < 0) {
        throw new GenomicsException(
            file
                + ", #CHROM line: the tumour sample '"
                + settings.tumourSample()
                + "' is not in the VCF; its samples are "
                + samples);
      }
      return i;
    }
    if (samples.size() <= 1) {
      return 0;
    }
    Optional<String> named = metaValue(header, "tumor_sample");
    if (named.isPresent() && header.sampleIndex(named.get()) >= 0) {
      return header.sampleIndex(named.get());
    }
    if (samples.size() == 2 && settings.normalSample() != null) {
      return samples.get(0).equals(settings.normalSample()) ? 1 : 0;
    }
    throw new GenomicsException(
        file
            + ", #CHROM line: "
            + samples.size()
            + " samples "
            + samples
            + "; name the tumour with --tumour-sample (and the normal with --normal-sample)");
  }

  private static Optional<String> metaValue(VcfHeader header, String key) {
    String prefix = "##" + key + "=";
    return header.metaLines().stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()).trim())
        .findFirst();
  }

  private static String buildFromHeader(VcfHeader header) {
    for (String line : header.metaLines()) {
      String l = line.toLowerCase(java.util.Locale.ROOT);
      if (l.startsWith("##reference") || l.startsWith("##contig") || l.startsWith("##liftover")) {
        if (l.contains("grch38") || l.contains("hg38") || l.contains("hg19tohg38")) {
          return "GRCh38";
        }
        if (l.contains("grch37") || l.contains("hg19") || l.contains("b37") || l.contains("hs37")) {
          return "GRCh37";
        }
      }
    }
    return "";
  }

  /** {VAF, depth, alt reads}; NaN / -1 where unknown. */
  private double[] vafAndDepth(VcfRecord record, int sample, int altIndex) {
    double vaf = Double.NaN;
    int depth = -1;
    int altReads = -1;
    if (record.sampleCount() > 0) {
      List<Integer> ad = record.alleleDepths(sample);
      if (ad.isEmpty()) {
        ad = numbers(record.sampleValue(sample, "ADT"));
      }
      if (ad.size() > altIndex && ad.get(altIndex) >= 0) {
        altReads = ad.get(altIndex);
        int sum = 0;
        for (int d : ad) {
          sum += Math.max(0, d);
        }
        depth = sum;
        if (sum > 0) {
          vaf = (double) altReads / sum;
        }
      }
      Optional<String> af = record.sampleValue(sample, "AF");
      if (af.isPresent()) {
        String[] parts = af.get().split(",");
        if (parts.length >= altIndex) {
          vaf = parse(parts[altIndex - 1], record, "sample AF");
        }
      }
      var dp = record.depth(sample);
      if (dp.isPresent()) {
        depth = dp.getAsInt();
      } else {
        Optional<String> dpt = record.sampleValue(sample, "DPT");
        if (dpt.isPresent()) {
          depth = (int) parse(dpt.get(), record, "sample DPT");
        }
      }
    }
    if (Double.isNaN(vaf)) {
      Optional<String> tag = record.info(settings.vafInfoTag());
      if (tag.isPresent() && !tag.get().isEmpty()) {
        String[] parts = tag.get().split(",");
        vaf =
            parse(
                parts[Math.min(parts.length, altIndex) - 1],
                record,
                "INFO " + settings.vafInfoTag());
      }
    }
    if (depth < 0) {
      Optional<String> tag = record.info(settings.depthInfoTag());
      if (tag.isPresent() && !tag.get().isEmpty()) {
        depth = (int) parse(tag.get().split(",")[0], record, "INFO " + settings.depthInfoTag());
      }
    }
    if (altReads < 0 && depth > 0 && !Double.isNaN(vaf)) {
      altReads = (int) Math.round(vaf * depth);
    }
    return new double[] {vaf, depth, altReads};
  }

  private static List<Integer> numbers(Optional<String> value) {
    if (value.isEmpty()) {
      return List.of();
    }
    // comma-separated whole numbers ('.' missing), read without a split: once per record
    String text = value.get();
    List<Integer> out = new ArrayList<>(4);
    int from = 0;
    while (from <= text.length()) {
      int comma = text.indexOf(',', from);
      int to = comma < 0 ? text.length() : comma;
      if (to - from == 1 && text.charAt(from) == '.') {
        out.add(-1);
      } else {
        try {
          out.add(Integer.parseInt(text, from, to, 10));
        } catch (NumberFormatException e) {
          return List.of();
        }
      }
      from = to + 1;
    }
    return out;
  }

  private static double parse(String value, VcfRecord record, String field) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new GenomicsException(
          record.header() == null
              ? value
              : "line " + record.lineNumber() + ", " + field + ": '" + value + "' is not a number");
    }
  }

  private static boolean normalCarries(VcfRecord record, int normal, int altIndex) {
    Genotype gt = record.genotype(normal);
    if (gt.alleles().contains(altIndex)) {
      return true;
    }
    List<Integer> ad = record.alleleDepths(normal);
    if (ad.size() > altIndex && ad.get(altIndex) >= 2) {
      int sum = ad.stream().mapToInt(d -> Math.max(0, d)).sum();
      return sum > 0 && (double) ad.get(altIndex) / sum >= 0.2;
    }
    return false;
  }
}
