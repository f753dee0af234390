package org.gms.server.record.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.FamilyLinks;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.PatientAccess;
import org.gms.server.record.PatientRecord;
import org.gms.server.record.PatientRecord.Classification;
import org.gms.server.record.PatientRecord.PgxAdvice;
import org.gms.server.record.PatientRecord.PgxGene;
import org.gms.server.record.PatientRecord.PgxSummary;
import org.gms.server.record.PatientRecord.PhenotypeTerm;
import org.gms.server.record.PatientRecord.TimelineEntry;
import org.gms.server.record.PatientRecord.VariantHistory;
import org.gms.server.record.PatientRecords;
import org.gms.server.record.Patients;
import org.gms.server.record.PgxResult;
import org.gms.server.record.PgxResults;
import org.gms.server.record.RecordEntry;
import org.gms.server.record.RecordSource;
import org.gms.server.record.Relative;
import org.gms.server.record.VariantClassification;
import org.gms.server.record.VariantClassifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers a patient's record when asked: the record's own data (the patient, family links,
 * pharmacogenomic results, variant classifications) and the entries of every {@link RecordSource}
 * bean, merged on one timeline. Nothing is copied or cached, so the record is as current as its
 * sources.
 */
@Component
class AssembledRecords implements PatientRecords {

  static final String ENTITY = "patient_record";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Patients patients;
  private final FamilyLinks links;
  private final PgxResults pgx;
  private final VariantClassifications classifications;
  private final ObjectProvider<RecordSource> sources;
  private final PatientAccess access;

  AssembledRecords(
      JdbcClient jdbc,
      AuditLog audit,
      Patients patients,
      FamilyLinks links,
      PgxResults pgx,
      VariantClassifications classifications,
      ObjectProvider<RecordSource> sources,
      PatientAccess access) {
    this.access = access;
    this.jdbc = jdbc;
    this.audit = audit;
    this.patients = patients;
    this.links = links;
    this.pgx = pgx;
    this.classifications = classifications;
    this.sources = sources;
  }

  @Override
  public PatientRecord of(NhsNumber nhs) {
    Patient patient = find(nhs);
    audit.record("read", ENTITY, nhs.value(), "whole record");
    List<Relative> family = links.relatives(nhs);
    List<VariantClassification> history = classifications.forPatient(nhs);
    PgxResult latest = pgx.latest(nhs).orElse(null);

    List<TimelineEntry> timeline = new ArrayList<>();
    timeline.addAll(own(nhs, history));
    for (RecordSource source : sources.orderedStream().toList()) {
      for (RecordEntry entry : source.entries(nhs)) {
        timeline.add(TimelineEntry.of(source.section(), entry));
      }
    }
    // stable: entries at the same instant keep their source's order
    timeline.sort(Comparator.comparing(TimelineEntry::at));
    Map<String, List<TimelineEntry>> sections = new LinkedHashMap<>();
    for (TimelineEntry entry : timeline) {
      sections.computeIfAbsent(entry.section(), k -> new ArrayList<>()).add(entry);
    }
    return new PatientRecord(
        patient,
        family,
        timeline,
        sections,
        variants(history),
        latest == null ? null : summary(latest),
        phenotypes(timeline));
  }

  @Override
  public String fhir(NhsNumber nhs) {
    Patient patient = find(nhs);
    audit.record("read", ENTITY, nhs.value(), "whole record as FHIR");
    List<RecordFhirBundle.Part> parts = new ArrayList<>();
    pgx.latest(nhs)
        .ifPresent(
            result ->
                parts.add(new RecordFhirBundle.Part("pgx", PgxFhirBundle.of(patient, result))));
    for (RecordSource source : sources.orderedStream().toList()) {
      for (String json : source.fhir(nhs)) {
        parts.add(new RecordFhirBundle.Part(source.section(), json));
      }
    }
    List<RecordFhirBundle.Relation> relatives = new ArrayList<>();
    for (Relative relative : links.relatives(nhs)) {
      relatives.add(
          new RecordFhirBundle.Relation(
              relative, patients.find(relative.nhsNumber()).orElse(null)));
    }
    return RecordFhirBundle.of(patient, relatives, parts, Instant.now());
  }

  /** The patient, when the acting user may see them (docs/security.md). */
  private Patient find(NhsNumber nhs) {
    access.require(nhs);
    return patients.find(nhs).orElseThrow(() -> OrganisationPatientAccess.notVisible(nhs));
  }

  /** The record's own entries: registration, family links, PGx results, classifications. */
  private List<TimelineEntry> own(NhsNumber nhs, List<VariantClassification> history) {
    List<TimelineEntry> entries = new ArrayList<>();
    jdbc.sql("SELECT created_at, created_by FROM patient WHERE nhs_number = :nhs")
        .param("nhs", nhs.value())
        .query(
            rs -> {
              entries.add(
                  new TimelineEntry(
                      "patient",
                      rs.getTimestamp("created_at").toInstant(),
                      "patient-registered",
                      "Registered with NHS number "
                          + nhs.formatted()
                          + " by "
                          + rs.getString("created_by"),
                      Map.of("by", rs.getString("created_by")),
                      "/api/patients/" + nhs));
            });
    jdbc.sql(
            """
            SELECT r.relative_nhs_number AS other, r.relationship, r.source, r.recorded_by,
              r.recorded_at, false AS reverse
            FROM patient_relative r WHERE r.patient_nhs_number = :nhs
            UNION ALL
            SELECT r.patient_nhs_number, r.relationship, r.source, r.recorded_by, r.recorded_at,
              true
            FROM patient_relative r WHERE r.relative_nhs_number = :nhs
            """)
        .param("nhs", nhs.value())
        .query(
            rs -> {
              NhsNumber other = new NhsNumber(rs.getString("other"));
              String relationship = rs.getString("relationship").toLowerCase(java.util.Locale.ROOT);
              String summary =
                  rs.getBoolean("reverse")
                      ? "Recorded as the " + relationship + " of " + other.formatted()
                      : other.formatted() + " recorded as the patient's " + relationship;
              entries.add(
                  new TimelineEntry(
                      "family",
                      rs.getTimestamp("recorded_at").toInstant(),
                      "family-linked",
                      summary + " (" + rs.getString("source") + ")",
                      Map.of(
                          "relative", other.value(),
                          "relationship", rs.getString("relationship"),
                          "recordedAs", rs.getBoolean("reverse") ? "relative" : "patient",
                          "source", rs.getString("source"),
                          "by", rs.getString("recorded_by")),
                      "/api/patients/" + other + "/record"));
            });
    jdbc.sql(
            """
            SELECT r.id, r.recorded_at, r.recorded_by, r.sample,
              (SELECT count(*) FROM pgx_gene_result g WHERE g.result_id = r.id AND g.callable)
                AS called,
              (SELECT count(*) FROM pgx_recommendation c WHERE c.result_id = r.id) AS advice
            FROM pgx_result r JOIN patient p ON p.id = r.patient_id
            WHERE p.nhs_number = :nhs ORDER BY r.recorded_at, r.id
            """)
        .param("nhs", nhs.value())
        .query(
            rs -> {
              entries.add(
                  new TimelineEntry(
                      "pgx",
                      rs.getTimestamp("recorded_at").toInstant(),
                      "pgx-result",
                      "Pharmacogenomic result of sample "
                          + rs.getString("sample")
                          + ": "
                          + rs.getLong("called")
                          + " genes called, "
                          + rs.getLong("advice")
                          + " guideline recommendations, stored by "
                          + rs.getString("recorded_by"),
                      Map.of(
                          "resultId", rs.getLong("id"),
                          "sample", rs.getString("sample"),
                          "by", rs.getString("recorded_by")),
                      "/api/patients/" + nhs + "/pgx"));
            });
    Map<String, AcmgClass> previous = new LinkedHashMap<>();
    for (VariantClassification c : history) {
      String key = c.variant().key().toString();
      AcmgClass before = previous.put(key, c.acmgClass());
      String variant = describe(c);
      String summary =
          before == null
              ? variant + " classified " + c.acmgClass().displayName()
              : before == c.acmgClass()
                  ? variant + " classified " + c.acmgClass().displayName() + " again"
                  : variant
                      + " reclassified from "
                      + before.displayName()
                      + " to "
                      + c.acmgClass().displayName();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("variantKey", key);
      details.put("acmgClass", c.acmgClass().abbreviation());
      if (before != null) {
        details.put("previousClass", before.name());
      }
      details.put("by", c.classifiedBy());
      details.put("classifier", c.classifier());
      details.put("source", c.source().name());
      if (c.orderId() != null) {
        details.put("orderId", c.orderId());
      }
      entries.add(
          new TimelineEntry(
              "variants",
              c.classifiedAt(),
              before == null || before == c.acmgClass()
                  ? "variant-classified"
                  : "variant-reclassified",
              summary + " by " + c.classifiedBy() + sourceOf(c),
              details,
              c.orderId() == null ? "" : "/api/orders/" + c.orderId() + "/report"));
    }
    return entries;
  }

  private static String describe(VariantClassification c) {
    StringBuilder text = new StringBuilder();
    if (!c.variant().gene().isEmpty()) {
      text.append(c.variant().gene()).append(' ');
    }
    text.append(c.variant().hgvsc().isEmpty() ? c.variant().key().toString() : c.variant().hgvsc());
    return text.toString();
  }

  private static String sourceOf(VariantClassification c) {
    String what =
        switch (c.source()) {
          case REPORT -> "report";
          case AMENDED_REPORT -> "amended report";
        };
    return c.orderId() == null ? " (" + what + ")" : " (" + what + " of order " + c.orderId() + ")";
  }

  /** The classifications grouped by variant key, variants in the order first found. */
  private static List<VariantHistory> variants(List<VariantClassification> history) {
    Map<String, List<VariantClassification>> byKey = new LinkedHashMap<>();
    for (VariantClassification c : history) {
      byKey.computeIfAbsent(c.variant().key().toString(), k -> new ArrayList<>()).add(c);
    }
    List<VariantHistory> variants = new ArrayList<>();
    byKey.forEach(
        (key, list) -> {
          VariantClassification last = list.get(list.size() - 1);
          boolean changed =
              list.stream().map(VariantClassification::acmgClass).distinct().count() > 1;
          variants.add(
              new VariantHistory(
                  key,
                  last.variant().key().build().name(),
                  last.variant().gene(),
                  last.variant().transcript(),
                  last.variant().hgvsc(),
                  last.variant().hgvsp(),
                  last.acmgClass(),
                  changed,
                  list.stream().map(AssembledRecords::classification).toList()));
        });
    return variants;
  }

  private static Classification classification(VariantClassification c) {
    return new Classification(
        c.id(),
        c.classifiedAt(),
        c.classifiedBy(),
        c.acmgClass(),
        c.acmgClass().displayName(),
        JSON.readTree(c.evidence()),
        c.classifier(),
        c.comment(),
        c.source(),
        c.orderId(),
        c.genotype());
  }

  private static PgxSummary summary(PgxResult result) {
    return new PgxSummary(
        result.id(),
        result.recordedAt(),
        result.recordedBy(),
        result.sample(),
        result.genes().stream()
            .filter(g -> g.callable())
            .map(g -> new PgxGene(g.gene(), g.diplotypes(), g.phenotype(), g.activityScore()))
            .toList(),
        result.recommendations().stream()
            .map(
                r ->
                    new PgxAdvice(
                        r.drug(), r.source(), r.recommendation(), r.strength(), change(r.change())))
            .toList());
  }

  private static String change(org.gms.genomics.pgx.recommendation.PrescribingChange change) {
    List<String> parts = new ArrayList<>();
    if (change.dosing()) {
      parts.add("dosing");
    }
    if (change.alternateDrug()) {
      parts.add("alternate drug");
    }
    if (change.otherGuidance()) {
      parts.add("other guidance");
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** Each HPO term any entry recorded, with the first entry that recorded it. */
  private static List<PhenotypeTerm> phenotypes(List<TimelineEntry> timeline) {
    HpoOntology hpo = null;
    Map<String, PhenotypeTerm> terms = new LinkedHashMap<>();
    for (TimelineEntry entry : timeline) {
      if (!(entry.details().get(RecordEntry.HPO_TERMS) instanceof List<?> listed)) {
        continue;
      }
      for (Object term : listed) {
        String id = String.valueOf(term);
        if (terms.containsKey(id)) {
          continue;
        }
        if (hpo == null) {
          hpo = PhenotypeKnowledge.bundled().ontology();
        }
        terms.put(id, new PhenotypeTerm(id, name(hpo, id), entry.at(), entry.link()));
      }
    }
    return List.copyOf(terms.values());
  }

  private static String name(HpoOntology hpo, String id) {
    try {
      HpoTermId term = HpoTermId.parse(id);
      return hpo.contains(term) ? hpo.name(term) : "";
    } catch (RuntimeException e) {
      return "";
    }
  }
}
