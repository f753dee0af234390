package org.gms.server.research.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gms.server.TrioOrders.FBXO11_TRIO;

import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.TrioOrders;
import org.gms.server.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing lost between a run and the research store: a run whose genotype load was missed (the
 * server stopped after the run's commit, before its listener ran) is loaded at the next start.
 */
class RunGenotypesCatchUpTest extends ApiTest {

  @Autowired JdbcClient jdbc;
  @Autowired RunGenotypesListener listener;

  @Test
  void aRunWhoseLoadWasMissedIsLoadedByTheNextStart() throws Exception {
    directory.importBundledIfMissing();
    String lab = "Catch-up Test Hub";
    TrioOrders trio =
        TrioOrders.between(
                ApiClient.as("dr-catch-up", Role.CLINICIAN, "Catch-up Hospital", accounts, port),
                ApiClient.as("lab-catch-up", Role.LABORATORY_SCIENTIST, lab, accounts, port),
                lab)
            .family("9994000004", "female", "9994000012", "9994000020");
    long order = trio.sequencedOrder("catch-up-1", "9994000004", "\"HP:0001249\"", "CU-0001");
    long run = trio.started(order, trio.upload(FBXO11_TRIO), "9994000004");
    trio.awaitSucceeded(run);
    String source = "analysis run " + run;
    assertThat(loaded(source)).as("loaded by the run's event").isEqualTo(1);
    // as if the server had stopped before the listener ran: the load never happened
    jdbc.sql("DELETE FROM research_genotype_source WHERE source = :source")
        .param("source", source)
        .update();

    int caughtUp = listener.catchUp();

    assertThat(caughtUp).isGreaterThanOrEqualTo(1);
    assertThat(loaded(source)).isEqualTo(1);
    assertThat(listener.catchUp()).as("nothing left to load").isZero();
  }

  private long loaded(String source) {
    return jdbc.sql("SELECT count(*) FROM research_genotype_source WHERE source = :source")
        .param("source", source)
        .query(Long.class)
        .single();
  }
}
