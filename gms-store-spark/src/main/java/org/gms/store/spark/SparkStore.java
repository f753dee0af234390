package org.gms.store.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gms.store.AllowList;
import org.gms.store.Carrier;
import org.gms.store.Manifest;
import org.gms.store.ManifestFile;
import org.gms.store.QueryDefinitions;
import org.gms.store.Region;
import org.gms.store.RegionAnswer;
import org.gms.store.Variant;
import org.gms.store.VariantCount;

/**
 * A population store read by Spark: each query reads the committed manifest, registers the live
 * files it needs and its allow-list as temporary views, and runs the shared query text. Read-only:
 * appends, retraction and compaction stay with the store's one writer.
 */
public final class SparkStore {

  private static final AtomicLong NEXT = new AtomicLong();

  private final SparkSession spark;
  private final Path root;

  public SparkStore(SparkSession spark, Path root) {
    this.spark = spark;
    this.root = root.toAbsolutePath().normalize();
  }

  /** A local session for tests and one-machine runs ({@code local[threads]}). */
  public static SparkSession localSession(int threads) {
    return SparkSession.builder()
        .appName("gms-population-store")
        .master("local[" + threads + "]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, threads)))
        .config("spark.sql.adaptive.enabled", "true")
        .getOrCreate();
  }

  public Manifest manifest() {
    return ManifestFile.read(root, 10_000_000);
  }

  public RegionAnswer variants(List<Region> regions, Variant exact, AllowList allowed) {
    Manifest m = manifest();
    QueryDefinitions.Query sql =
        QueryDefinitions.sql(QueryDefinitions.Kind.VARIANTS, m, regions, exact);
    List<Row> rows = run(m, regions, allowed, sql);
    if (rows == null) {
      return new RegionAnswer(List.of(), 0);
    }
    List<VariantCount> counts = new ArrayList<>();
    for (Row r : rows) {
      counts.add(
          new VariantCount(
              new Variant(text(r, 0), text(r, 1), r.getLong(2), text(r, 3), text(r, 4)),
              r.isNullAt(5) ? null : r.getString(5),
              r.getInt(6),
              r.getInt(7)));
    }
    int carriers = 0;
    if (!counts.isEmpty()) {
      carriers =
          run(
                  m,
                  regions,
                  allowed,
                  QueryDefinitions.sql(QueryDefinitions.Kind.CARRIERS, m, regions, exact))
              .get(0)
              .getInt(0);
    }
    return new RegionAnswer(counts, carriers);
  }

  /** The sweep's rows as one list (Spark collects them to the driver). */
  public List<Carrier> sweep(List<Region> regions, AllowList allowed) {
    List<Carrier> carriers = new ArrayList<>();
    sweep(regions, allowed, carriers::add);
    return carriers;
  }

  /** The sweep's rows, one at a time, as {@code PopulationStore.sweep} gives them. */
  public long sweep(
      List<Region> regions, AllowList allowed, java.util.function.Consumer<Carrier> carriers) {
    Manifest m = manifest();
    List<Row> rows =
        run(
            m,
            regions,
            allowed,
            QueryDefinitions.sql(QueryDefinitions.Kind.SWEEP, m, regions, null));
    if (rows == null) {
      return 0;
    }
    for (Row r : rows) {
      carriers.accept(
          new Carrier(
              r.getInt(0),
              new Variant(text(r, 1), text(r, 2), r.getLong(3), text(r, 4), text(r, 5)),
              r.isNullAt(6) ? null : r.getString(6),
              r.getInt(7)));
    }
    return rows.size();
  }

  /** The query's rows, or null when no live file holds the regions. */
  private List<Row> run(
      Manifest m, List<Region> regions, AllowList allowed, QueryDefinitions.Query sql) {
    List<Manifest.DataFile> genotypes = QueryDefinitions.files(m, Manifest.GENOTYPES, regions);
    List<Manifest.DataFile> variants = QueryDefinitions.files(m, Manifest.VARIANTS, regions);
    if (genotypes.isEmpty() || variants.isEmpty() || allowed.size() == 0) {
      return null;
    }
    long n = NEXT.incrementAndGet();
    String g = "gms_genotypes_" + n;
    String v = "gms_variants_" + n;
    String a = "gms_allowed_" + n;
    // the files hold build, contig and bin as columns: no partition discovery from the paths
    spark
        .read()
        .option("recursiveFileLookup", "true")
        .parquet(paths(genotypes))
        .createOrReplaceTempView(g);
    spark
        .read()
        .option("recursiveFileLookup", "true")
        .parquet(paths(variants))
        .createOrReplaceTempView(v);
    List<Integer> ids = new ArrayList<>();
    for (int i : allowed.individuals()) {
      ids.add(i);
    }
    Dataset<Integer> list = spark.createDataset(ids, Encoders.INT());
    list.toDF("individual").createOrReplaceTempView(a);
    try {
      // values written into the text (validated builds, contigs, positions and alleles)
      return spark.sql(sql.with(g, v, a).literal()).collectAsList();
    } finally {
      spark.catalog().dropTempView(g);
      spark.catalog().dropTempView(v);
      spark.catalog().dropTempView(a);
    }
  }

  /**
   * A text column as text: a partition directory such as {@code contig=17} can make Spark read the
   * column as a number where it does not read the file's own column.
   */
  private static String text(Row row, int i) {
    return String.valueOf(row.get(i));
  }

  private String[] paths(List<Manifest.DataFile> files) {
    return files.stream().map(f -> root.resolve(f.path()).toString()).toArray(String[]::new);
  }
}
