package org.gms.genomics.pgx.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recommendation of a guideline: the patient group it is for, and what it says.
 *
 * @param id the ClinPGx recommendation identifier
 * @param drugs the drugs it applies to
 * @param population the population or indication it is limited to, or null ("general")
 * @param strength the classification of its strength (e.g. {@code Strong}), or null
 * @param text the recommendation text as published (a small HTML fragment); {@link #plainText()}
 *     without the markup (converted when asked, as few of the texts are needed per report)
 * @param implications what the genotype implies, per gene
 * @param phenotypeKeys the patient group: gene to lookup key (phenotype or activity score)
 * @param diplotypeKeys the patient group for genotype-specific recommendations: gene to allele
 *     copies
 * @param change what it asks the prescriber to change
 */
public record GuidelineRecommendation(
    String id,
    List<String> drugs,
    String population,
    String strength,
    String text,
    List<String> implications,
    Map<String, String> phenotypeKeys,
    Map<String, Map<String, Integer>> diplotypeKeys,
    PrescribingChange change) {

  public GuidelineRecommendation {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(id, "id");
    drugs = List.copyOf(drugs);
    implications = List.copyOf(implications);
    phenotypeKeys = Map.copyOf(phenotypeKeys);
    diplotypeKeys = Map.copyOf(diplotypeKeys);
    text = text == null ? "" : text;
  }

  /** The recommendation text without markup. */
  public String plainText() {
    return HtmlText.plain(text);
  }
}
