package org.gms.genomics.cancer.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.input.SomaticVariant.InSilico;

/**
 * Reads a GDC/TCGA MAF or a cBioPortal {@code data_mutations} file: one {@link TumourSample} per
 * {@code Tumor_Sample_Barcode}, in the order samples first appear. Protein change from {@code
 * HGVSp_Short} (or {@code Protein_Change}/{@code HGVSp}), read counts from {@code t_ref_count}/
 * {@code t_alt_count} (or {@code t_depth}), population frequency from {@code gnomAD_AF}/{@code
 * ExAC_AF}/{@code MAX_AF} when present. Mixed {@code NCBI_Build} values are an error.
 */
public final class MafReader {

  private MafReader() {}

  public static List<TumourSample> read(Path path) {
    Map<String, List<SomaticVariant>> bySample = new LinkedHashMap<>();
    Set<String> builds = new LinkedHashSet<>();
    long[] withoutVaf = {0};
    String[] firstBuild = {null};
    TabularFile file =
        TabularFile.read(
            path,
            f ->
                f.require(
                    "MAF (GDC/TCGA or cBioPortal data_mutations)",
                    "Hugo_Symbol",
                    "Chromosome",
                    "Start_Position",
                    "Reference_Allele",
                    "Tumor_Seq_Allele2",
                    "Variant_Classification",
                    "Tumor_Sample_Barcode"),
            (f, row) -> {
              String build = row.get("NCBI_Build");
              if (!build.isEmpty()) {
                String b = normaliseBuild(build);
                if (firstBuild[0] == null) {
                  firstBuild[0] = b;
                } else if (!firstBuild[0].equals(b)) {
                  throw row.error(
                      "NCBI_Build",
                      "'"
                          + build
                          + "' where earlier rows say "
                          + firstBuild[0]
                          + "; a MAF must use one genome build (lift the rows over or split the"
                          + " file)");
                }
                builds.add(b);
              }
              SomaticVariant v = variant(row);
              if (Double.isNaN(v.vaf())) {
                withoutVaf[0]++;
              }
              bySample
                  .computeIfAbsent(row.required("Tumor_Sample_Barcode"), k -> new ArrayList<>())
                  .add(v);
            });
    List<TumourSample> samples = new ArrayList<>();
    String build = builds.isEmpty() ? "" : builds.iterator().next();
    for (Map.Entry<String, List<SomaticVariant>> e : bySample.entrySet()) {
      List<String> warnings = new ArrayList<>();
      long noVaf = e.getValue().stream().filter(v -> Double.isNaN(v.vaf())).count();
      if (noVaf > 0) {
        warnings.add(
            file.source()
                + ": "
                + noVaf
                + " of "
                + e.getValue().size()
                + " variants have no tumour read counts (t_ref_count/t_alt_count): VAF filters"
                + " are not applied to them");
      }
      samples.add(new TumourSample(e.getKey(), build, "", e.getValue(), List.of(), warnings));
    }
    if (samples.isEmpty()) {
      throw new GenomicsException(file.source() + ": the MAF has a header but no variant rows");
    }
    return samples;
  }

  static String normaliseBuild(String build) {
    String b = build.trim();
    return switch (b) {
      case "37", "GRCh37", "hg19", "b37", "GRCh37-lite" -> "GRCh37";
      case "38", "GRCh38", "hg38" -> "GRCh38";
      default -> b;
    };
  }

  private static SomaticVariant variant(TabularFile.Row row) {
    String classification = row.required("Variant_Classification");
    VariantClass variantClass = VariantClass.fromMaf(classification);
    if (variantClass == null) {
      throw row.error(
          "Variant_Classification",
          "'" + classification + "' is not a MAF variant classification (e.g. Missense_Mutation)");
    }
    long start = row.number("Start_Position", -1);
    if (start < 1) {
      throw row.error("Start_Position", "must be a position of 1 or more");
    }
    String ref = row.required("Reference_Allele");
    String alt = row.required("Tumor_Seq_Allele2");
    if (ref.equals("-")) {
      ref = "";
    }
    if (alt.equals("-")) {
      alt = "";
    }
    if (ref.equals(alt)) {
      throw row.error("Tumor_Seq_Allele2", "equals Reference_Allele '" + ref + "'");
    }
    long refCount = row.number("t_ref_count", -1);
    long altCount = row.number("t_alt_count", -1);
    long depth = row.number("t_depth", -1);
    if (depth < 0 && refCount >= 0 && altCount >= 0) {
      depth = refCount + altCount;
    }
    double vaf = Double.NaN;
    if (depth > 0 && altCount >= 0) {
      vaf = (double) altCount / depth;
    } else if (row.has("i_TumorVAF_WU") && !row.get("i_TumorVAF_WU").isEmpty()) {
      vaf = row.decimal("i_TumorVAF_WU") / 100.0;
    }
    String protein = row.first("HGVSp_Short", "Protein_Change", "HGVSp", "Amino_Acid_Change");
    return new SomaticVariant(
        row.required("Hugo_Symbol").equals("Unknown") ? "" : row.get("Hugo_Symbol"),
        row.required("Chromosome"),
        start,
        ref,
        alt,
        variantClass,
        ProteinChanges.shortForm(protein),
        row.get("HGVSc"),
        row.get("Exon_Number"),
        (int) depth,
        (int) altCount,
        vaf,
        populationFrequency(row),
        inSilico(row.get("SIFT"), row.get("PolyPhen")),
        row.source());
  }

  private static double populationFrequency(TabularFile.Row row) {
    String[] columns = {"gnomAD_AF", "gnomADe_AF", "MAX_AF", "ExAC_AF", "AF"};
    boolean present = false;
    double max = 0;
    for (String c : columns) {
      if (row.has(c)) {
        present = true;
        String v = row.get(c);
        if (!v.isEmpty()) {
          try {
            max = Math.max(max, Double.parseDouble(v));
          } catch (NumberFormatException e) {
            throw row.error(c, "'" + v + "' is not an allele frequency");
          }
        }
      }
    }
    return present ? max : Double.NaN;
  }

  /** SIFT {@code deleterious(0.01)} and PolyPhen {@code probably_damaging(0.99)}, VEP style. */
  static InSilico inSilico(String sift, String polyphen) {
    if (sift.isEmpty() || polyphen.isEmpty()) {
      return InSilico.UNKNOWN;
    }
    boolean siftDamaging = sift.startsWith("deleterious");
    boolean siftBenign = sift.startsWith("tolerated");
    boolean ppDamaging =
        polyphen.startsWith("probably_damaging") || polyphen.startsWith("possibly");
    boolean ppBenign = polyphen.startsWith("benign");
    if (siftDamaging && ppDamaging) {
      return InSilico.DAMAGING;
    }
    if (siftBenign && ppBenign) {
      return InSilico.BENIGN;
    }
    return InSilico.UNKNOWN;
  }
}
