package org.gms.genomics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadedOnceTest {

  @Test
  void loadsOnFirstUseOnly() {
    AtomicInteger loads = new AtomicInteger();
    LoadedOnce<String> value = LoadedOnce.of(() -> "table " + loads.incrementAndGet());

    assertThat(loads).hasValue(0);
    assertThat(value.get()).isEqualTo("table 1");
    assertThat(value.get()).isSameAs(value.get());
    assertThat(loads).hasValue(1);
  }

  @Test
  void threadsAskingAtOnceShareOneLoad() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    LoadedOnce<Object> value =
        LoadedOnce.of(
            () -> {
              loads.incrementAndGet();
              return new Object();
            });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Object>> asks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        asks.add(value::get);
      }
      List<Object> seen = new ArrayList<>();
      for (Future<Object> answer : pool.invokeAll(asks)) {
        seen.add(answer.get());
      }
      assertThat(seen).allSatisfy(v -> assertThat(v).isSameAs(seen.get(0)));
      assertThat(loads).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedLoadIsTriedAgainAndItsErrorReachesTheCaller() {
    AtomicInteger loads = new AtomicInteger();
    LoadedOnce<String> value =
        LoadedOnce.of(
            () -> {
              if (loads.incrementAndGet() == 1) {
                throw new GenomicsException("The bundled table is missing; rebuild");
              }
              return "table";
            });

    assertThatThrownBy(value::get)
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("missing; rebuild");
    assertThat(value.get()).isEqualTo("table");
    assertThat(loads).hasValue(2);
  }
}
