package org.gms.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.gms.server.account.Accounts;
import org.gms.server.account.DemoAccounts;
import org.gms.server.analysis.DemoPatients;
import org.gms.server.analysis.PharmacogenomicUploads;
import org.gms.server.insights.GeneratedActivity;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.PatientAccess;
import org.gms.server.record.Patients;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./gms demo}: the platform on its embedded default, with demo data and users. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start GMS with an embedded PostgreSQL, the bundled reference data (NHS test directory,"
          + " PanelApp panels) and one demo user per role, printed at start-up.",
      "Data is kept under --data-dir (default ~/.gms), so a restart keeps your work."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080).")
  int port = 8080;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Directory for the embedded database (default: ~/.gms).")
  java.nio.file.Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    DatabaseOptions database = new DatabaseOptions();
    database.dataDir = dataDir;
    AtomicReference<TestOrder> created = new AtomicReference<>();
    Platform platform = Platform.start(database, port, context -> created.set(load(context)));
    TestOrder demoOrder = created.get();
    platform.printSummary(System.out);
    System.out.println("Demo users (user name / password / role):");
    DemoAccounts.ALL.forEach(
        demo ->
            System.out.printf(
                "  %-11s %-26s %s%n",
                demo.account().username(), demo.password(), demo.account().roles()));
    printDemoPatients(port);
    System.out.printf(
        "Service dashboard (GENERATED activity, 20,000 orders a year for 2 years, labelled as"
            + " generated): log in as manager at http://localhost:%d/dashboard.html; published"
            + " figures: http://localhost:%d/performance.html%n",
        port, port);
    System.out.printf(
        "Demo test order #%d: a trio genome (R29.4) for a child with the features of a published"
            + " FBXO11 case; the analysis of the family's VCF runs at start-up.%n"
            + "  Log in as scientist at http://localhost:%d/order.html?id=%d to review and"
            + " authorise the report, then as clinician to read it.%n",
        demoOrder.id(), port, demoOrder.id());
    CANCER_CASE
        .get()
        .ifPresent(
            id ->
                System.out.printf(
                    "Demo cancer case #%d: lung adenocarcinoma (M4.13) with a CD74-ROS1 fusion and"
                        + " EGFR L858R, its tumour board report authorised, and a later plasma"
                        + " sample with EGFR T790M.%n"
                        + "  Log in as clinician or scientist at http://localhost:%d/mtb.html?case=%d%n",
                    id, port, id));
    Thread.currentThread().join();
    return 0;
  }

  /** The cancer demo case, once {@link #load} has made it. */
  static final AtomicReference<java.util.Optional<Long>> CANCER_CASE =
      new AtomicReference<>(java.util.Optional.empty());

  /** The demo users, patients and order (created once; the order's analysis is queued). */
  static TestOrder load(ConfigurableApplicationContext context) {
    Accounts accounts = context.getBean(Accounts.class);
    DemoAccounts.ALL.forEach(d -> accounts.save(d.account(), d.password()));
    DemoPatients.loadIfMissing(
        context.getBean(Patients.class),
        context.getBean(PharmacogenomicUploads.class),
        context.getBean(PatientAccess.class));
    TestOrder order = DemoOrders.createIfMissing(context);
    CANCER_CASE.set(DemoCancerCase.createIfMissing(context));
    GeneratedActivity activity = context.getBean(GeneratedActivity.class);
    if (!activity.present()) {
      activity.generate(2, 20_000, 42); // GENERATED activity for the dashboard, labelled as such
    }
    return order;
  }

  private static void printDemoPatients(int port) {
    System.out.println("Demo patients with pharmacogenomic results (NHS number, name, result):");
    DemoPatients.ALL.forEach(
        demo ->
            System.out.printf(
                "  %s  %-26s %s%n",
                demo.patient().nhsNumber().formatted(), demo.patient().name(), demo.about()));
    System.out.printf(
        "Try decision support (CDS Hooks; an order-sign example is in docs/decision-support.md):%n"
            + "  curl -s localhost:%d/cds-services%n"
            + "  curl -s localhost:%d/api/auth/tokens -H 'Content-Type: application/json' -d"
            + " '{\"username\":\"clinician\",\"password\":\"clinician-demo-password\","
            + "\"label\":\"demo\"}'%n"
            + "  curl -s localhost:%d/api/patients/%s/pgx/fhir -H 'Authorization: Bearer TOKEN'%n",
        port, port, port, DemoPatients.ALL.get(0).patient().nhsNumber());
  }
}
