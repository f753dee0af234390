package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.research.ResearchIndividual;
import org.gms.server.research.ResearchView;
import org.springframework.stereotype.Component;

@Component
class JdbcResearchView implements ResearchView {

  private final Consents consents;
  private final Patients patients;
  private final TestOrders orders;
  private final Pseudonyms pseudonyms;
  private final PhenopacketExport export;
  private final AuditLog audit;

  JdbcResearchView(
      Consents consents,
      Patients patients,
      TestOrders orders,
      Pseudonyms pseudonyms,
      PhenopacketExport export,
      AuditLog audit) {
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
    List<String> packets = individuals().stream().map(i -> export.toJson(i, now)).toList();
    audit.record("query", "research", "phenopackets", packets.size() + " phenopackets");
    return packets;
  }

  @Override
  public OptionalLong countWithPhenotype(String hpoTerm) {
    long count =
        consents.researchParticipants().stream()
            .filter(nhs -> orders.phenotypesOf(nhs).contains(hpoTerm))
            .count();
    boolean shown = count >= SMALLEST_COUNT;
    audit.record(
        "query", "research", "count " + hpoTerm, shown ? Long.toString(count) : "suppressed");
    return shown ? OptionalLong.of(count) : OptionalLong.empty();
  }

  /** The given patients as researchers see them, by research id; not audited (callers do). */
  List<ResearchIndividual> individuals(java.util.Set<NhsNumber> participants) {
    List<ResearchIndividual> individuals = new ArrayList<>();
    for (NhsNumber nhs : participants) {
      patients.find(nhs).ifPresent(patient -> individuals.add(individual(patient)));
    }
    individuals.sort(Comparator.comparing(ResearchIndividual::id));
    return individuals;
  }

  private ResearchIndividual individual(Patient patient) {
    return new ResearchIndividual(
        pseudonyms.of(patient.nhsNumber()),
        patient.dateOfBirth().getYear(),
        patient.sex().name(),
        List.copyOf(orders.phenotypesOf(patient.nhsNumber())));
  }
}
