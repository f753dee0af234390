package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.gms.server.ordering.OrderCases;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.VariantClassification;
import org.gms.server.record.VariantClassifications;
import org.gms.server.research.ResearchIndividual;
import org.gms.server.research.ResearchView;
import org.springframework.stereotype.Component;

@Component
class JdbcResearchView implements ResearchView {

  private static final SortedSet<String> EMPTY = java.util.Collections.emptySortedSet();

  /** A consented patient and how researchers see them. */
  record Participant(NhsNumber nhsNumber, ResearchIndividual individual) {

    Participant {
      if (nhsNumber == null || individual == null) {
        throw new IllegalArgumentException("A participant needs an NHS number and a record");
      }
    }
  }

  private final Consents consents;
  private final Patients patients;
  private final OrderCases orders;
  private final Pseudonyms pseudonyms;
  private final PhenopacketExport export;
  private final AuditLog audit;
  private final VariantClassifications classifications;

  JdbcResearchView(
      Consents consents,
      Patients patients,
      OrderCases orders,
      Pseudonyms pseudonyms,
      PhenopacketExport export,
      AuditLog audit,
      VariantClassifications classifications) {
    this.classifications = classifications;
    this.consents = consents;
    this.patients = patients;
    this.orders = orders;
    this.pseudonyms = pseudonyms;
    this.export = export;
    this.audit = audit;
  }

  @Override
  public List<ResearchIndividual> individuals() {
    List<ResearchIndividual> individuals = individuals(consents.researchParticipants());
    audit.record("query", "research", "individuals", individuals.size() + " individuals");
    return individuals;
  }

  @Override
  public List<String> phenopackets() {
    java.time.Instant now = java.time.Instant.now();
    // the latest classification of each variant in each patient, in one read
    Map<NhsNumber, List<VariantClassification>> variants =
        classifications.current().stream()
            .collect(java.util.stream.Collectors.groupingBy(VariantClassification::patient));
    List<String> packets = new ArrayList<>();
    for (Participant individual : read(consents.researchParticipants())) {
      packets.add(
          export.toJson(
              individual.individual(),
              variants.getOrDefault(individual.nhsNumber(), List.of()),
              now));
    }
    packets.sort(Comparator.naturalOrder());
    audit.record("query", "research", "phenopackets", packets.size() + " phenopackets");
    return packets;
  }

  @Override
  public OptionalLong countWithPhenotype(String hpoTerm) {
    long count =
        orders.phenotypesOf(consents.researchParticipants()).values().stream()
            .filter(terms -> terms.contains(hpoTerm))
            .count();
    boolean shown = count >= SMALLEST_COUNT;
    audit.record(
        "query", "research", "count " + hpoTerm, shown ? Long.toString(count) : "suppressed");
    return shown ? OptionalLong.of(count) : OptionalLong.empty();
  }

  /**
   * The given patients as researchers see them, by research id, read in bulk (one read of the
   * patients, audited by the record feature, and one of their requests' terms); not otherwise
   * audited (callers do).
   */
  List<ResearchIndividual> individuals(Set<NhsNumber> participants) {
    List<ResearchIndividual> individuals = new ArrayList<>();
    for (Participant individual : read(participants)) {
      individuals.add(individual.individual());
    }
    individuals.sort(Comparator.comparing(ResearchIndividual::id));
    return individuals;
  }

  /**
   * The given patients with how researchers see them (registered ones only), in two bulk reads; the
   * patient read is audited by the record feature, callers audit their own use.
   */
  List<Participant> read(Set<NhsNumber> participants) {
    List<Patient> found = patients.findAll(participants, "research");
    Map<NhsNumber, SortedSet<String>> terms =
        orders.phenotypesOf(found.stream().map(Patient::nhsNumber).toList());
    List<Participant> individuals = new ArrayList<>(found.size());
    for (Patient patient : found) {
      individuals.add(
          new Participant(
              patient.nhsNumber(),
              new ResearchIndividual(
                  pseudonyms.of(patient.nhsNumber()),
                  patient.dateOfBirth().getYear(),
                  patient.sex().name(),
                  List.copyOf(terms.getOrDefault(patient.nhsNumber(), EMPTY)))));
    }
    return individuals;
  }
}
