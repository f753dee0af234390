package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.gms.server.ordering.TestOrders;
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

  private final Consents consents;
  private final Patients patients;
  private final TestOrders orders;
  private final Pseudonyms pseudonyms;
  private final PhenopacketExport export;
  private final AuditLog audit;
  private final VariantClassifications classifications;

  JdbcResearchView(
      Consents consents,
      Patients patients,
      TestOrders orders,
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
    List<String> packets = new ArrayList<>();
    for (NhsNumber nhs : consents.researchParticipants()) {
      patients
          .find(nhs)
          .ifPresent(
              patient ->
                  packets.add(export.toJson(individual(patient), currentVariants(nhs), now)));
    }
    packets.sort(Comparator.naturalOrder());
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

  /** The latest classification of each variant found in the patient. */
  private List<VariantClassification> currentVariants(NhsNumber patient) {
    Map<VariantKey, VariantClassification> latest = new LinkedHashMap<>();
    classifications.forPatient(patient).forEach(c -> latest.put(c.variant().key(), c));
    return List.copyOf(latest.values());
  }

  private ResearchIndividual individual(Patient patient) {
    return new ResearchIndividual(
        pseudonyms.of(patient.nhsNumber()),
        patient.dateOfBirth().getYear(),
        patient.sex().name(),
        List.copyOf(orders.phenotypesOf(patient.nhsNumber())));
  }
}
