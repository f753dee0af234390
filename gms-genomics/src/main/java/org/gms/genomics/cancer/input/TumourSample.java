package org.gms.genomics.cancer.input;

import java.util.List;
import java.util.Objects;

/**
 * The small variants of one tumour sample, with the input's warnings (e.g. no VAF) and the germline
 * calls a tumour-normal VCF separated out (the normal carries the allele).
 *
 * @param build the genome build the input declares ({@code GRCh37}/{@code GRCh38}), or empty
 */
public record TumourSample(
    String name,
    String build,
    String tumourTypeCode,
    List<SomaticVariant> variants,
    List<SomaticVariant> germline,
    List<String> warnings) {

  public TumourSample {
    Objects.requireNonNull(name, "name");
    build = build == null ? "" : build;
    tumourTypeCode = tumourTypeCode == null ? "" : tumourTypeCode;
    variants = List.copyOf(variants);
    germline = List.copyOf(germline);
    warnings = List.copyOf(warnings);
  }

  public TumourSample withTumourType(String code) {
    return new TumourSample(name, build, code, variants, germline, warnings);
  }
}
