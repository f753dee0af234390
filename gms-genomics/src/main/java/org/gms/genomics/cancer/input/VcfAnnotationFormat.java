package org.gms.genomics.cancer.input;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.variant.VcfHeader;
import org.gms.genomics.variant.VcfRecord;

/**
 * The annotation a VCF already carries: VEP {@code CSQ} (fields named by the header's {@code
 * Format:} list) or snpEff {@code ANN} (the fixed ANN layout). One entry per ALT allele is chosen:
 * VEP's {@code PICK=1}, else {@code CANONICAL=YES}, else the first; snpEff's first (most severe).
 */
final class VcfAnnotationFormat {

  /** The fields used from one transcript annotation. */
  record Entry(
      String gene,
      String consequence,
      String hgvsp,
      String hgvsc,
      String exon,
      String sift,
      String polyphen,
      double populationFrequency) {}

  private static final Pattern FORMAT = Pattern.compile("Format: ?([^\"]+)");
  private static final List<String> ANN_FIELDS =
      List.of(
          "Allele",
          "Annotation",
          "Annotation_Impact",
          "Gene_Name",
          "Gene_ID",
          "Feature_Type",
          "Feature_ID",
          "Transcript_BioType",
          "Rank",
          "HGVS.c",
          "HGVS.p");

  private final String tag;
  private final Map<String, Integer> fields = new HashMap<>();
  private final boolean vep;

  private VcfAnnotationFormat(String tag, List<String> names, boolean vep) {
    this.tag = tag;
    this.vep = vep;
    for (int i = 0; i < names.size(); i++) {
      fields.putIfAbsent(names.get(i).trim(), i);
    }
  }

  /** The annotation format the header declares, or null when it declares none. */
  static VcfAnnotationFormat of(VcfHeader header) {
    var csq = header.infoField("CSQ");
    if (csq.isPresent()) {
      Matcher m = FORMAT.matcher(csq.get().description());
      if (m.find()) {
        return new VcfAnnotationFormat("CSQ", List.of(m.group(1).trim().split("\\|", -1)), true);
      }
    }
    if (header.infoField("ANN").isPresent()) {
      return new VcfAnnotationFormat("ANN", ANN_FIELDS, false);
    }
    return null;
  }

  /** The chosen entry for ALT allele {@code altIndex} (1-based), written {@code alt}. */
  Optional<Entry> entry(VcfRecord record, int altIndex, String alt) {
    Optional<String> value = record.info(tag);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String[] best = null;
    int bestRank = Integer.MAX_VALUE;
    boolean multi = record.alts().size() > 1;
    for (String annotation : value.get().split(",")) {
      String[] f = annotation.split("\\|", -1);
      if (multi && !forAllele(f, record, altIndex, alt)) {
        continue;
      }
      int rank;
      if (!vep) {
        rank = 2;
      } else if (get(f, "PICK").equals("1")) {
        rank = 0;
      } else if (get(f, "CANONICAL").equals("YES")) {
        rank = 1;
      } else {
        rank = 2;
      }
      if (rank < bestRank) {
        best = f;
        bestRank = rank;
      }
      if (rank == 0 || !vep) {
        break;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String[] f = best;
    if (vep) {
      double af = Double.NaN;
      for (String c : List.of("MAX_AF", "gnomADe_AF", "gnomAD_AF", "gnomADg_AF", "AF")) {
        if (fields.containsKey(c)) {
          af = Double.isNaN(af) ? 0 : af;
          for (String part : get(f, c).split("&")) {
            if (!part.isEmpty()) {
              try {
                af = Math.max(af, Double.parseDouble(part));
              } catch (NumberFormatException ignored) {
                // a value VEP did not write as a number is not a frequency
              }
            }
          }
        }
      }
      return Optional.of(
          new Entry(
              get(f, "SYMBOL"),
              get(f, "Consequence"),
              decode(get(f, "HGVSp")),
              decode(get(f, "HGVSc")),
              get(f, "EXON"),
              get(f, "SIFT"),
              get(f, "PolyPhen"),
              af));
    }
    return Optional.of(
        new Entry(
            get(f, "Gene_Name"),
            get(f, "Annotation"),
            get(f, "HGVS.p"),
            get(f, "HGVS.c"),
            get(f, "Rank"),
            "",
            "",
            Double.NaN));
  }

  private boolean forAllele(String[] f, VcfRecord record, int altIndex, String alt) {
    if (vep && fields.containsKey("ALLELE_NUM")) {
      return get(f, "ALLELE_NUM").equals(Integer.toString(altIndex));
    }
    String written = get(f, vep ? "Allele" : "Allele");
    if (written.equals(alt)) {
      return true;
    }
    // VEP trims the shared first base of every allele ('-' when nothing is left)
    String trimmed =
        alt.length() > 1 && alt.charAt(0) == record.ref().charAt(0) ? alt.substring(1) : alt;
    return written.equals(trimmed.isEmpty() ? "-" : trimmed);
  }

  private String get(String[] f, String name) {
    Integer i = fields.get(name);
    return i == null || i >= f.length ? "" : f[i];
  }

  private static String decode(String value) {
    return value.indexOf('%') >= 0 ? URLDecoder.decode(value, StandardCharsets.UTF_8) : value;
  }
}
