package org.gms.server.insights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.gms.server.analysis.ReportOutcomes;
import org.gms.server.directory.Indication;
import org.gms.server.directory.TestDirectory;
import org.gms.server.insights.Dimension;
import org.gms.server.ordering.OrderActivities;
import org.gms.server.ordering.OrderActivity;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in the orders changed since the last refresh (through the ordering feature's public query),
 * with the patient's age band and sex at request (the record feature) and the indication's
 * specialist test group (the directory), then the rare-disease reports authorised or amended since
 * the last refresh (the analysis feature: whether each holds a pathogenic or likely pathogenic
 * finding), and recomputes the months they touch.
 */
@Component
class ActivityRefresh {

  static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");
  private static final int PAGE = 2_000;

  private final OrderActivities activities;
  private final Patients patients;
  private final TestDirectory directory;
  private final InsightsStore store;
  private final Labels labels;
  private final InsightsSettings settings;
  private final FiguresVersion version;
  private final ReportOutcomes reports;
  private final Findings findings;
  private final OpenOrders open;
  private final Map<String, String> groups = new ConcurrentHashMap<>();

  ActivityRefresh(
      OrderActivities activities,
      Patients patients,
      TestDirectory directory,
      InsightsStore store,
      Labels labels,
      InsightsSettings settings,
      FiguresVersion version,
      ReportOutcomes reports,
      Findings findings,
      OpenOrders open) {
    this.open = open;
    this.activities = activities;
    this.reports = reports;
    this.findings = findings;
    this.patients = patients;
    this.directory = directory;
    this.store = store;
    this.labels = labels;
    this.settings = settings;
    this.version = version;
  }

  /** Takes in every change since the last refresh; returns how many orders it read. */
  @Transactional
  synchronized int refresh() {
    int read = 0;
    long mark = store.lastChange();
    while (true) {
      OrderActivities.Page page = activities.changedSince(mark, PAGE);
      if (page.orders().isEmpty()) {
        break;
      }
      read += take(page.orders());
      mark = page.lastChange();
      store.markChange(mark);
    }
    // patients whose ethnic category or deprivation decile changed: their orders again
    long patientMark = store.patientChange();
    while (true) {
      Patients.EquityChanges changes = patients.equityChangedSince(patientMark, PAGE);
      if (changes.patients().isEmpty()) {
        break;
      }
      read += take(activities.ofPatients(changes.patients()));
      patientMark = changes.lastChange();
      store.markPatientChange(patientMark);
    }
    ReportOutcomes.Mark reportMark = findings.mark();
    while (true) {
      ReportOutcomes.Page page = reports.changedSince(reportMark, PAGE);
      if (page.reports().isEmpty()) {
        break;
      }
      findings.save(page.reports());
      store.rebuild(
          store.monthsOf(page.reports().stream().map(ReportOutcomes.Outcome::orderId).toList()));
      reportMark = page.last();
      findings.mark(reportMark);
      read += page.reports().size();
      version.changed();
    }
    return read;
  }

  /** Stores these orders as they are now and recomputes the months they touch. */
  private int take(List<OrderActivity> orders) {
    if (orders.isEmpty()) {
      return 0;
    }
    List<Long> ids = orders.stream().map(OrderActivity::id).toList();
    Set<LocalDate> months = store.monthsOf(ids);
    List<OrderFact> facts = facts(orders);
    Set<OpenOrders.Key> openKeys = open.keys(ids);
    store.upsert(facts);
    findings.apply(ids);
    openKeys.addAll(open.keys(ids));
    open.recount(openKeys);
    for (OrderFact f : facts) {
      for (LocalDate d :
          new LocalDate[] {f.requested(), f.received(), f.reported(), f.cancelled(), f.failed()}) {
        if (d != null) {
          months.add(MonthlyFigures.month(d));
        }
      }
    }
    store.rebuild(months);
    version.changed();
    return facts.size();
  }

  private List<OrderFact> facts(List<OrderActivity> orders) {
    Set<NhsNumber> people = orders.stream().map(OrderActivity::patient).collect(Collectors.toSet());
    Map<NhsNumber, Patient> byNumber = new HashMap<>();
    for (Patient p :
        patients.findAll(
            people,
            "management insights (age band, sex, ethnic group and deprivation decile only)")) {
      byNumber.put(p.nhsNumber(), p);
    }
    List<OrderFact> out = new ArrayList<>();
    for (OrderActivity o : orders) {
      Patient patient = byNumber.get(o.patient());
      LocalDate requested = day(o.requestedAt());
      int[] codes = new int[Dimension.values().length];
      String urgency = o.urgency().name().toLowerCase(Locale.ROOT);
      put(codes, Dimension.INDICATION, o.indication());
      put(codes, Dimension.TEST, o.test());
      put(codes, Dimension.METHOD, o.testMethod());
      put(codes, Dimension.TEST_GROUP, group(o.indication()));
      put(codes, Dimension.LABORATORY, o.laboratory());
      put(codes, Dimension.ORGANISATION, o.requesterOrganisation());
      put(
          codes,
          Dimension.GEOGRAPHY,
          settings.geographyOf(o.requesterOrganisation(), o.laboratory()));
      put(codes, Dimension.URGENCY, urgency);
      put(
          codes,
          Dimension.AGE_BAND,
          patient == null ? "Unknown" : AgeBands.of(patient.dateOfBirth(), requested));
      put(
          codes,
          Dimension.SEX,
          patient == null ? "Unknown" : patient.sex().name().toLowerCase(Locale.ROOT));
      put(codes, Dimension.TARGET, o.testMethod() + " " + urgency);
      put(
          codes,
          Dimension.ETHNIC_GROUP,
          EquityGroups.ethnicGroup(patient == null ? null : patient.ethnicCategory()));
      put(
          codes,
          Dimension.IMD_DECILE,
          EquityGroups.imdDecile(patient == null ? null : patient.imdDecile()));
      out.add(
          new OrderFact(
              o.id(),
              false,
              requested,
              day(o.firstSampleAt()),
              o.state().name().equals("REPORTED") ? day(o.reportedAt()) : null,
              o.state().name().equals("CANCELLED") ? day(o.endedAt()) : null,
              o.state().name().equals("FAILED") ? day(o.endedAt()) : null,
              o.expectedBy(),
              (int) ChronoUnit.DAYS.between(requested, o.expectedBy()),
              codes,
              null));
    }
    return out;
  }

  private void put(int[] codes, Dimension dimension, String value) {
    codes[dimension.ordinal()] = labels.code(dimension, value == null ? "Unknown" : value);
  }

  private String group(String indication) {
    return groups.computeIfAbsent(
        indication,
        code ->
            directory
                .indication(code, Optional.empty())
                .map(Indication::specialistTestGroup)
                .filter(g -> g != null && !g.isBlank())
                .orElse("Unknown"));
  }

  private static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(SERVICE_ZONE).toLocalDate();
  }
}
