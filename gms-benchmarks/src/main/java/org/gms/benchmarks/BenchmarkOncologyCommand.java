package org.gms.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gms.benchmarks.support.LoadGenerator;
import org.gms.benchmarks.support.LoadOptions;
import org.gms.benchmarks.support.ScratchDirectory;
import org.gms.cli.DemoCancerCase;
import org.gms.cli.ServerContext;
import org.gms.server.account.Accounts;
import org.gms.server.account.DemoAccounts;
import org.gms.server.directory.DirectoryImports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark oncology}: latency of the molecular tumour board page's API under
 * concurrent load. Starts the server on an embedded PostgreSQL in a fresh folder, imports the
 * bundled directory and works the cancer demo case to its authorised report (and its plasma
 * sample), then N clinicians' clients on loopback read, back to back, the board (findings,
 * biomarkers, trial matches), the ctDNA series and the report summary, each call with a bearer
 * token and audited, as in production.
 */
@Command(
    name = "oncology",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: tumour board page API latency (p50/p99) under concurrent load on loopback, server"
          + " on embedded PostgreSQL with the cancer demo case."
    })
final class BenchmarkOncologyCommand implements Callable<Integer> {

  @Mixin LoadOptions load = new LoadOptions(50);

  @Mixin ScratchDirectory scratch = new ScratchDirectory();

  @Option(
      names = "--think-ms",
      defaultValue = "1000",
      description =
          "Mean pause of a user between requests, as people read a page (default:"
              + " ${DEFAULT-VALUE}, as in the ordering benchmark; 0 sends back to back).")
  long thinkMillis;

  @Override
  public Integer call() throws Exception {
    Path dir = scratch.resolve("gms-bench-oncology-");
    Map<String, Object> properties = ScratchDirectory.serverProperties(dir);
    System.out.println("oncology: starting the server on an embedded PostgreSQL in " + dir);
    try (ConfigurableApplicationContext context = ServerContext.web(properties)) {
      int port = LoadGenerator.port(context);
      long loading = System.nanoTime();
      context.getBean(DirectoryImports.class).importBundledIfMissing(step -> {});
      Accounts accounts = context.getBean(Accounts.class);
      DemoAccounts.ALL.forEach(d -> accounts.save(d.account(), d.password()));
      long caseId =
          DemoCancerCase.createIfMissing(context)
              .orElseThrow(() -> new IllegalStateException("the cancer demo case was not made"));
      String token =
          accounts
              .issueToken("clinician", "clinician-demo-password", "benchmark", Duration.ofHours(2))
              .token();
      HttpClient http = LoadGenerator.client(load.clients());
      String base = "http://127.0.0.1:" + port + "/api/oncology/cases/" + caseId;
      awaitPlasma(http, base + "/ctdna", token);
      System.out.printf(
          "oncology: cancer demo case %d reported and its plasma sample analysed in %.1f s%n",
          caseId, (System.nanoTime() - loading) / 1e9);
      List<String[]> calls =
          List.of(
              new String[] {"board", base + "/board", "T790M|L858R"},
              new String[] {"board", base + "/board", "ROS1"},
              new String[] {"board", base + "/board", "mutations"},
              new String[] {"ctdna", base + "/ctdna", "T790M"},
              new String[] {"report", base + "/report", "authorisedBy"});
      for (String[] call : calls) {
        HttpResponse<String> r = LoadGenerator.get(http, call[1], token);
        if (r.statusCode() != 200 || !r.body().matches("(?s).*(" + call[2] + ").*")) {
          throw new IllegalStateException(
              call[1] + " answered " + r.statusCode() + ": " + r.body());
        }
      }
      System.out.printf(
          "oncology: %d users, mean think time %d ms (offered load about %.0f requests/s), %d s"
              + " warm-up, %d s measured; board 3/5 of calls, ctDNA and report 1/5 each"
              + " (checked)%n",
          load.clients(),
          thinkMillis,
          load.offeredRequestsPerSecond(thinkMillis),
          load.warmup(),
          load.seconds());
      LoadGenerator.Result result =
          LoadGenerator.run(
              http,
              load,
              thinkMillis,
              (client, n) -> {
                String[] call = calls.get((int) ((client + n) % calls.size()));
                return LoadGenerator.step(
                    call[0], http1 -> LoadGenerator.get(http1, call[1], token));
              });
      LoadGenerator.report("oncology", result, "p99 < 200 ms");
    }
    return 0;
  }

  private static void awaitPlasma(HttpClient http, String ctdna, String token) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r = LoadGenerator.get(http, ctdna, token);
      if (r.statusCode() == 200 && r.body().contains("T790M")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the plasma sample's analysis did not finish in 5 minutes");
  }
}
