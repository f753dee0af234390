package org.gms.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gms.benchmarks.support.LoadGenerator;
import org.gms.benchmarks.support.LoadOptions;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.cli.ServerContext;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.analysis.DemoPatients;
import org.gms.server.analysis.PharmacogenomicUploads;
import org.gms.server.record.Patients;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ./gms benchmark cds-hooks}: latency and throughput of the CDS Hooks order-sign service
 * under concurrent load. Starts the server on an embedded PostgreSQL in a fresh folder, loads the
 * demo patients (real example VCFs), then N clients on loopback each send hook calls back to back
 * for a fixed time: a mix of calls that give cards (clopidogrel for the CYP2C19 poor metabolizer,
 * by RxNorm and by dm+d name) and calls that give none (a normal metabolizer, a drug without a
 * guideline, an unknown patient). Each call authenticates with a bearer token and is audited, as in
 * production.
 */
@Command(
    name = "cds-hooks",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: CDS Hooks order-sign latency (p50/p99) and throughput under concurrent load on"
          + " loopback, server on embedded PostgreSQL with the demo patients."
    })
final class BenchmarkCdsHooksCommand implements Callable<Integer> {

  @Mixin LoadOptions load = new LoadOptions(16);

  @Mixin ScratchDirectory scratch = new ScratchDirectory();

  private static final String POOR = DemoPatients.ALL.get(0).patient().nhsNumber().value();
  private static final String NORMAL = DemoPatients.ALL.get(1).patient().nhsNumber().value();
  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  private static final String SNOMED = "http://snomed.info/sct";

  /** One kind of call, and whether it should give cards. */
  private record Call(String name, String body, boolean cards) {}

  @Override
  public Integer call() throws Exception {
    Path dir = scratch.resolve("gms-bench-cds-");
    Map<String, Object> properties = ScratchDirectory.serverProperties(dir);
    System.out.println("cds-hooks: starting the server on an embedded PostgreSQL in " + dir);
    try (ConfigurableApplicationContext context = ServerContext.web(properties)) {
      int port = LoadGenerator.port(context);
      long loading = System.nanoTime();
      DemoPatients.loadIfMissing(
          context.getBean(Patients.class), context.getBean(PharmacogenomicUploads.class));
      System.out.printf(
          "cds-hooks: demo patients loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
      Accounts accounts = context.getBean(Accounts.class);
      accounts.save(
          new Account("bench-clinician", "Benchmark", Set.of(Role.CLINICIAN), "Benchmark"),
          "bench-password");
      String token =
          accounts
              .issueToken("bench-clinician", "bench-password", "benchmark", Duration.ofHours(2))
              .token();
      run(port, token, calls());
    }
    return 0;
  }

  private void run(int port, String token, List<Call> calls) throws Exception {
    String uri = "http://127.0.0.1:" + port + "/cds-services/gms-pgx-order-sign";
    HttpClient http = LoadGenerator.client(load.clients());
    for (Call call : calls) {
      HttpResponse<String> response = LoadGenerator.post(http, uri, token, call.body());
      boolean gaveCards = !response.body().contains("\"cards\":[]");
      if (response.statusCode() != 200 || gaveCards != call.cards()) {
        throw new IllegalStateException(
            "Call '"
                + call.name()
                + "' answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
    }
    System.out.printf(
        "cds-hooks: %d clients, %d s warm-up, %d s measured, %d kinds of call (checked)%n",
        load.clients(), load.warmup(), load.seconds(), calls.size());
    LoadGenerator.Result result =
        LoadGenerator.run(
            http,
            load,
            (client, n) -> {
              Call call = calls.get((int) ((client + n) % calls.size()));
              return LoadGenerator.step(
                  "order-sign", http1 -> LoadGenerator.post(http1, uri, token, call.body()));
            });
    LoadGenerator.report("cds-hooks", result, "p99 < 50 ms");
  }

  private static List<Call> calls() {
    return List.of(
        new Call(
            "poor metabolizer, clopidogrel (RxNorm)",
            body(POOR, RXNORM, "32968", "clopidogrel"),
            true),
        new Call(
            "poor metabolizer, clopidogrel (dm+d name)",
            body(POOR, SNOMED, "317935006", "Clopidogrel 75mg tablets"),
            true),
        new Call(
            "normal metabolizer, clopidogrel", body(NORMAL, RXNORM, "32968", "clopidogrel"), false),
        new Call(
            "poor metabolizer, acetaminophen", body(POOR, RXNORM, "161", "acetaminophen"), false),
        new Call("unknown patient", body("9434765919", RXNORM, "32968", "clopidogrel"), false));
  }

  private static String body(String patient, String system, String code, String display) {
    return """
        {"hook": "order-sign", "hookInstance": "bench",
         "context": {"userId": "Practitioner/bench", "patientId": "%s",
           "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [
             {"resource": {"resourceType": "MedicationRequest", "id": "rx", "status": "draft",
               "intent": "order", "subject": {"reference": "Patient/%s"},
               "medicationCodeableConcept": {"coding": [
                 {"system": "%s", "code": "%s", "display": "%s"}]}}}]}}}
        """
        .formatted(patient, patient, system, code, display);
  }
}
