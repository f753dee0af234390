package org.gms.genomics.interpretation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.interpretation.acmg.InSilicoScores;
import org.gms.genomics.interpretation.acmg.PopulationFrequency;
import org.gms.genomics.interpretation.acmg.Predictor;
import org.gms.genomics.variant.VcfFieldDefinition;
import org.gms.genomics.variant.VcfRecord;

/**
 * Population frequencies and in-silico scores already in a VCF's INFO column (as added by VEP,
 * vcfanno, bcftools annotate or the SpliceAI tool), for candidates built from a VCF.
 */
public final class VcfAnnotations {

  /** INFO keys read for each predictor, first present wins. */
  private static final List<String> REVEL = List.of("REVEL", "REVEL_score", "dbNSFP_REVEL_score");

  private static final List<String> CADD = List.of("CADD_PHRED", "CADD_phred", "dbNSFP_CADD_phred");
  private static final List<String> BAYESDEL =
      List.of("BayesDel_noAF_score", "dbNSFP_BayesDel_noAF_score");

  private VcfAnnotations() {}

  /**
   * The highest allele frequency for the ALT allele among the INFO keys (e.g. {@code
   * gnomAD_AF_popmax}); Number=A keys are read per ALT. When none of the keys is declared in the
   * header the frequency is not assessed; when declared but absent from the record (annotators
   * leave it out for alleles the population lacks) the allele is absent from the source.
   */
  public static PopulationFrequency frequency(
      VcfRecord record, int altAllele, String source, List<String> keys) {
    List<String> declared =
        keys.stream().filter(k -> record.header().infoField(k).isPresent()).toList();
    if (declared.isEmpty()) {
      return PopulationFrequency.notAssessed();
    }
    OptionalDouble highest = OptionalDouble.empty();
    for (String key : declared) {
      OptionalDouble value = value(record, altAllele, key);
      if (value.isPresent() && (highest.isEmpty() || value.getAsDouble() > highest.getAsDouble())) {
        highest = value;
      }
    }
    return highest.isPresent()
        ? PopulationFrequency.of(source, highest.getAsDouble())
        : PopulationFrequency.absentFrom(source);
  }

  /**
   * REVEL, CADD PHRED and BayesDel (noAF) from their usual INFO keys (the highest value when an
   * annotator lists one per transcript), and SpliceAI's largest delta score for the ALT allele from
   * {@code SpliceAI=ALT|GENE|DS_AG|DS_AL|DS_DG|DS_DL|...}.
   */
  public static InSilicoScores scores(VcfRecord record, int altAllele) {
    InSilicoScores scores = InSilicoScores.none();
    scores = with(scores, Predictor.REVEL, firstPresent(record, altAllele, REVEL));
    scores = with(scores, Predictor.CADD_PHRED, firstPresent(record, altAllele, CADD));
    scores = with(scores, Predictor.BAYESDEL_NOAF, firstPresent(record, altAllele, BAYESDEL));
    return with(scores, Predictor.SPLICEAI, spliceAi(record, altAllele));
  }

  private static InSilicoScores with(
      InSilicoScores scores, Predictor predictor, OptionalDouble value) {
    return value.isPresent() ? scores.with(predictor, value.getAsDouble()) : scores;
  }

  private static OptionalDouble firstPresent(VcfRecord record, int altAllele, List<String> keys) {
    for (String key : keys) {
      if (record.info(key).isPresent()) {
        return value(record, altAllele, key);
      }
    }
    return OptionalDouble.empty();
  }

  /** The key's value for the ALT allele: the ALT's entry for Number=A, else the highest entry. */
  private static OptionalDouble value(VcfRecord record, int altAllele, String key) {
    Optional<String> raw = record.info(key);
    if (raw.isEmpty() || raw.get().isEmpty()) {
      return OptionalDouble.empty();
    }
    String[] values = raw.get().split("[,&|]", -1);
    boolean perAllele =
        record
            .header()
            .infoField(key)
            .map(VcfFieldDefinition::number)
            .map("A"::equals)
            .orElse(false);
    if (perAllele) {
      return values.length >= altAllele
          ? number(record, key, values[altAllele - 1])
          : OptionalDouble.empty();
    }
    OptionalDouble highest = OptionalDouble.empty();
    for (String value : values) {
      OptionalDouble parsed = number(record, key, value);
      if (parsed.isPresent()
          && (highest.isEmpty() || parsed.getAsDouble() > highest.getAsDouble())) {
        highest = parsed;
      }
    }
    return highest;
  }

  private static OptionalDouble spliceAi(VcfRecord record, int altAllele) {
    Optional<String> raw = record.info("SpliceAI");
    if (raw.isEmpty()) {
      return OptionalDouble.empty();
    }
    String alt = record.alts().get(altAllele - 1);
    OptionalDouble highest = OptionalDouble.empty();
    for (String entry : raw.get().split(",")) {
      String[] fields = entry.split("\\|", -1);
      if (fields.length < 6 || !fields[0].equals(alt)) {
        continue;
      }
      for (int i = 2; i <= 5; i++) {
        OptionalDouble score = number(record, "SpliceAI", fields[i]);
        if (score.isPresent()
            && (highest.isEmpty() || score.getAsDouble() > highest.getAsDouble())) {
          highest = score;
        }
      }
    }
    return highest;
  }

  private static OptionalDouble number(VcfRecord record, String key, String text) {
    String value = text.strip();
    if (value.isEmpty() || value.equals(".")) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      throw new GenomicsException(
          record.toString().split(" ")[0]
              + ", INFO "
              + key
              + ": '"
              + value
              + "' is not a number; check the annotation step");
    }
  }
}
