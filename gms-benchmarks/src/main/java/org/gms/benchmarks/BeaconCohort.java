package org.gms.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Beacon benchmark's synthetic people: patients with research decisions recorded through the
 * consent feature, and the accounts that create and query them. A database that has them already
 * (same numbers) is reused as it is.
 */
final class BeaconCohort {

  private static final String PASSWORD = "benchmark-password";

  private BeaconCohort() {}

  /** N patients, 90% consented to research, 5% declined, 5% consented then withdrawn. */
  static List<NhsNumber> register(
      ConfigurableApplicationContext context, int individuals, SplittableRandom random) {
    long started = System.nanoTime();
    Patients patients = context.getBean(Patients.class);
    Consents consents = context.getBean(Consents.class);
    Accounts accounts = context.getBean(Accounts.class);
    saveIfMissing(
        accounts,
        "bench-beacon-clinician",
        "Benchmark clinician",
        Role.CLINICIAN,
        "Benchmark Hospital");
    Set<NhsNumber> participants = consents.researchParticipants();
    List<NhsNumber> people = new ArrayList<>(individuals);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken("bench-beacon-clinician", "n/a", List.of()));
    try {
      for (int i = 0; i < individuals; i++) {
        NhsNumber nhs = nhsNumber(i);
        people.add(nhs);
        if (patients.find(nhs).isEmpty()) {
          patients.register(
              new Patient(
                  nhs,
                  "Beacon Benchmark " + i,
                  LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28),
                  i % 2 == 0 ? Sex.FEMALE : Sex.MALE));
          double u = random.nextDouble();
          Decision first = u < 0.95 ? Decision.GIVEN : Decision.DECLINED;
          consents.record(nhs, ConsentKind.RESEARCH_PARTICIPATION, first, "benchmark", "");
          if (u >= 0.90 && u < 0.95) {
            consents.record(
                nhs, ConsentKind.RESEARCH_PARTICIPATION, Decision.WITHDRAWN, "benchmark", "");
          }
        }
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
    int given =
        (int)
            consents.researchParticipants().stream().filter(p -> !participants.contains(p)).count();
    System.out.printf(
        "beacon: %d individuals registered with research decisions in %.1f s (%d newly consented)%n",
        individuals, (System.nanoTime() - started) / 1e9, given);
    return people;
  }

  /**
   * A bearer token of the researcher account the queries run as, so they get counts and records.
   */
  static String researcherToken(ConfigurableApplicationContext context) {
    Accounts accounts = context.getBean(Accounts.class);
    saveIfMissing(
        accounts,
        "bench-beacon-researcher",
        "Benchmark researcher",
        Role.RESEARCHER,
        "Benchmark Research Network");
    return accounts
        .issueToken("bench-beacon-researcher", PASSWORD, "benchmark", Duration.ofHours(3))
        .token();
  }

  /** Saves the benchmark's account (its password {@link #PASSWORD}) unless it exists. */
  private static void saveIfMissing(
      Accounts accounts, String user, String name, Role role, String organisation) {
    if (accounts.find(user).isEmpty()) {
      accounts.save(new Account(user, name, Set.of(role), organisation), PASSWORD);
    }
  }

  /** A valid NHS number in a range only this benchmark uses. */
  static NhsNumber nhsNumber(int i) {
    return NhsNumber.firstValidFrom(999_500_000L + i * 2L);
  }
}
