package org.gms.store.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.gms.store.QueryFile;
import org.gms.store.RegionAnswer;

/**
 * {@code ./gms benchmark cohort-spark --dir STORE --query-file FILE [--threads 2]}: asks Spark in
 * {@code local[threads]} the queries a {@code ./gms benchmark cohort --query-file} run wrote, over
 * the same store's files, times each, and checks each answer's checksum against DuckDB's. Runs from
 * this module's own class path, so Spark never joins the server's.
 */
public final class SparkTimings {

  private SparkTimings() {}

  public static void main(String[] args) throws Exception {
    Path dir = null;
    Path queries = null;
    int threads = 2;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--query-file" -> queries = Path.of(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default ->
            throw new IllegalArgumentException(
                "cohort-spark: unknown option "
                    + args[i]
                    + "; give --dir, --query-file, --threads");
      }
    }
    if (dir == null || queries == null) {
      throw new IllegalArgumentException(
          "cohort-spark: give --dir STORE and --query-file FILE (written by ./gms benchmark"
              + " cohort --dir STORE --query-file FILE)");
    }
    QueryFile.Contents contents = QueryFile.read(queries);
    SparkSession spark = SparkStore.localSession(threads);
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(new SparkStore(spark, dir), contents, threads);
    } finally {
      spark.stop();
    }
  }

  private static void run(SparkStore store, QueryFile.Contents contents, int threads) {
    long started = System.nanoTime();
    // one query of each kind first: Spark's planning and code generation warm up
    Map<String, QueryFile.Asked> firsts = new LinkedHashMap<>();
    contents.queries().forEach(q -> firsts.putIfAbsent(q.kind(), q));
    firsts.values().forEach(q -> ask(store, contents, q));
    System.out.printf(
        "spark: local[%d], %d queries of %d kinds from DuckDB's run (warm-up %.1f s)%n%-55s %6s"
            + " %9s %8s %8s %8s%n",
        threads,
        contents.queries().size(),
        firsts.size(),
        (System.nanoTime() - started) / 1e9,
        "query",
        "asked",
        "identical",
        "p50 ms",
        "p90 ms",
        "max ms");
    Map<String, List<Long>> times = new LinkedHashMap<>();
    Map<String, Integer> identical = new LinkedHashMap<>();
    int same = 0;
    for (QueryFile.Asked q : contents.queries()) {
      long t = System.nanoTime();
      RegionAnswer answer = ask(store, contents, q);
      times.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(System.nanoTime() - t);
      boolean equal = QueryFile.checksum(answer) == q.checksum();
      identical.merge(q.kind(), equal ? 1 : 0, Integer::sum);
      same += equal ? 1 : 0;
      if (!equal) {
        System.out.printf(
            "spark: DIFFERENT answer to %s (%s, %s, list %s): %d variants, %d carriers%n",
            q.kind(),
            q.region(),
            q.exact(),
            q.allowed(),
            answer.variants().size(),
            answer.carriers());
      }
    }
    double worst = 0;
    for (Map.Entry<String, List<Long>> kind : times.entrySet()) {
      long[] sorted = kind.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      worst = Math.max(worst, sorted[sorted.length - 1] / 1e6);
      System.out.printf(
          "%-55s %6d %9d %8.1f %8.1f %8.1f%n",
          kind.getKey(),
          sorted.length,
          identical.get(kind.getKey()),
          at(sorted, 0.50),
          at(sorted, 0.90),
          sorted[sorted.length - 1] / 1e6);
    }
    System.out.printf(
        "spark_threads=%d queries=%d identical=%d max_ms=%.1f%n",
        threads, contents.queries().size(), same, worst);
  }

  private static RegionAnswer ask(
      SparkStore store, QueryFile.Contents contents, QueryFile.Asked q) {
    return store.variants(List.of(q.region()), q.exact(), contents.lists().get(q.allowed()));
  }

  private static double at(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
