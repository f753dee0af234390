package org.gms.server.record;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.server.GmsException;

/**
 * A patient's genomic healthcare record across the life course: who they are, their family, every
 * dated item every feature knows about them on one timeline, the variants found in them with the
 * history of each one's classification, their pharmacogenomic result and the HPO terms recorded for
 * them.
 *
 * @param family the relatives linked to the patient, either way
 * @param timeline every entry of every section, oldest first
 * @param sections the same entries by section ({@code tests}, {@code reports}, {@code consents},
 *     {@code variants}, {@code pgx}, {@code family}, {@code patient}, ...), each oldest first
 * @param variants the variants found in the patient, by normalised key, with their classification
 *     history
 * @param pgx the latest pharmacogenomic result in short, or null when there is none
 * @param hpoTerms the HPO terms recorded for the patient, each with when it was first recorded
 */
public record PatientRecord(
    Patient patient,
    List<Relative> family,
    List<TimelineEntry> timeline,
    Map<String, List<TimelineEntry>> sections,
    List<VariantHistory> variants,
    PgxSummary pgx,
    List<PhenotypeTerm> hpoTerms) {

  public PatientRecord {
    Objects.requireNonNull(patient, "patient");
    family = List.copyOf(family);
    timeline = List.copyOf(timeline);
    Map<String, List<TimelineEntry>> copy = new LinkedHashMap<>();
    sections.forEach((name, entries) -> copy.put(name, List.copyOf(entries)));
    sections = Collections.unmodifiableMap(copy);
    variants = List.copyOf(variants);
    hpoTerms = List.copyOf(hpoTerms);
  }

  /**
   * One entry of the timeline: a {@link RecordEntry} and the section it came from.
   *
   * @param link the API path of the full item, or empty
   */
  public record TimelineEntry(
      String section,
      Instant at,
      String kind,
      String summary,
      Map<String, Object> details,
      String link) {

    public TimelineEntry {
      if (section == null || section.isBlank()) {
        throw new GmsException("A timeline entry needs the section it belongs to.");
      }
      Objects.requireNonNull(at, "at");
      details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static TimelineEntry of(String section, RecordEntry entry) {
      return new TimelineEntry(
          section, entry.at(), entry.kind(), entry.summary(), entry.details(), entry.link());
    }
  }

  /**
   * A variant found in the patient and every classification it was given, oldest first.
   *
   * @param key the normalised, build-aware key ({@code build:contig:pos:ref:alt}), the same for the
   *     same variant in every patient
   * @param current the latest class
   * @param reclassified whether the class has changed over the history
   */
  public record VariantHistory(
      String key,
      String build,
      String gene,
      String transcript,
      String hgvsc,
      String hgvsp,
      AcmgClass current,
      boolean reclassified,
      List<Classification> classifications) {

    public VariantHistory {
      Objects.requireNonNull(key, "key");
      classifications = List.copyOf(classifications);
    }
  }

  /**
   * One classification of a variant, as it was given.
   *
   * @param evidence the evidence as JSON (ACMG codes with strength and reason)
   * @param classifier the guideline and its version, and whether the scientist overrode it
   * @param orderId the test order it was given for, or null
   */
  public record Classification(
      long id,
      Instant at,
      String by,
      AcmgClass acmgClass,
      String classLabel,
      Object evidence,
      String classifier,
      String comment,
      ClassificationSource source,
      Long orderId,
      String genotype) {}

  /**
   * The latest pharmacogenomic result in short.
   *
   * @param genes the called genes, each with its diplotypes and phenotype
   * @param recommendations what the CPIC and DPWG guidelines recommend for the result, per drug
   */
  public record PgxSummary(
      long resultId,
      Instant recordedAt,
      String recordedBy,
      String sample,
      List<PgxGene> genes,
      List<PgxAdvice> recommendations) {

    public PgxSummary {
      genes = List.copyOf(genes);
      recommendations = List.copyOf(recommendations);
    }
  }

  /** A called pharmacogene. */
  public record PgxGene(
      String gene, List<String> diplotypes, String phenotype, String activityScore) {
    public PgxGene {
      diplotypes = List.copyOf(diplotypes);
    }
  }

  /** A guideline recommendation for one drug. */
  public record PgxAdvice(
      String drug, String source, String recommendation, String strength, String change) {}

  /**
   * An HPO term recorded for the patient.
   *
   * @param name the term's label in the bundled HPO, or empty when the term is not current there
   * @param firstRecorded when it was first recorded (e.g. on a test request)
   * @param link the API path of the item that first recorded it
   */
  public record PhenotypeTerm(String id, String name, Instant firstRecorded, String link) {}
}
