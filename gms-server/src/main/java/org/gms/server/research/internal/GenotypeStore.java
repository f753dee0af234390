package org.gms.server.research.internal;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.SqlArrays;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.VariantCarriers;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The research genotype store: PostgreSQL keeps it (one row per variant: the {@link VariantKey}
 * columns and the sorted individual indexes of its heterozygous and homozygous carriers), and each
 * server answers from an in-memory columnar copy of it (per contig: positions, alleles and carrier
 * arrays, sorted by position), re-read when a load has bumped the store's version. A count is the
 * number of carriers whose bit is set in the consented set made for that query.
 */
@Component
class GenotypeStore implements GenotypeIndex {

  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;
  private final VcfGenotypes vcfs;
  private volatile Snapshot snapshot;

  GenotypeStore(
      JdbcClient jdbc,
      JdbcTemplate template,
      PlatformTransactionManager transactionManager,
      VcfGenotypes vcfs) {
    this.jdbc = jdbc;
    this.template = template;
    // its own transaction, also when called from an after-commit listener of another one
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.vcfs = vcfs;
  }

  /** One variant and its carriers (individual indexes, sorted); its key is made when asked. */
  record Row(GenomeBuild build, String contig, Column column, int index) {

    VariantKey key() {
      return new VariantKey(
          build, contig, column.positions()[index], column.refs()[index], column.alts()[index]);
    }

    boolean is(VariantKey key) {
      return key.build() == build
          && key.contig().equals(contig)
          && key.position() == column.positions()[index]
          && key.ref().equals(column.refs()[index])
          && key.alt().equals(column.alts()[index]);
    }

    int[] het() {
      return column.het()[index];
    }

    int[] hom() {
      return column.hom()[index];
    }
  }

  /** The columns of one contig of one build, sorted by position. */
  record Column(
      long[] positions, String[] refs, String[] alts, int[][] het, int[][] hom, int span) {

    /** Rows whose first base is in [from - span + 1, to] and that overlap [from, to]. */
    void overlapping(GenomeBuild build, String contig, long from, long to, List<Row> into) {
      int i = lowerBound(positions, from - span + 1);
      for (; i < positions.length && positions[i] <= to; i++) {
        long end = positions[i] + Math.max(refs[i].length(), 1) - 1;
        if (end >= from) {
          into.add(new Row(build, contig, this, i));
        }
      }
    }

    private static int lowerBound(long[] values, long key) {
      int low = 0;
      int high = values.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (values[mid] < key) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  /** The store as read at one version. */
  record Snapshot(
      long version, Map<String, Integer> indexByNhs, Map<String, Column> columns, int variants) {}

  @Override
  public Loaded loadVcf(String source, Path vcf, Map<NhsNumber, String> samples) {
    return vcfs.loadOnce(this, source, vcf, samples);
  }

  @Override
  public Loaded load(String source, List<VariantCarriers> variants) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("A genotype load needs a source name");
    }
    Loaded loaded =
        transactions.execute(
            status -> {
              // one load at a time: individual indexes are handed out in order
              long version =
                  jdbc.sql("SELECT version FROM research_genotype_version WHERE id = 1 FOR UPDATE")
                      .query(Long.class)
                      .single();
              int claimed =
                  jdbc.sql(
                          "INSERT INTO research_genotype_source (source, samples, variants)"
                              + " VALUES (:source, 0, 0) ON CONFLICT DO NOTHING")
                      .param("source", source)
                      .update();
              if (claimed == 0) {
                return new Loaded(source, 0, 0, true);
              }
              Map<NhsNumber, Integer> indexes = indexes(variants);
              upsert(variants, indexes);
              jdbc.sql(
                      "UPDATE research_genotype_source SET samples = :samples, variants ="
                          + " :variants WHERE source = :source")
                  .param("samples", indexes.size())
                  .param("variants", variants.size())
                  .param("source", source)
                  .update();
              jdbc.sql("UPDATE research_genotype_version SET version = :v WHERE id = 1")
                  .param("v", version + 1)
                  .update();
              return new Loaded(source, indexes.size(), variants.size(), false);
            });
    snapshot = null;
    return loaded;
  }

  @Override
  public Found find(VariantQuery query, Set<NhsNumber> patients) {
    Snapshot snapshot = snapshot();
    BitSet consented = bits(snapshot, patients);
    List<Match> matches = new ArrayList<>();
    BitSet carriers = new BitSet();
    for (Row row : overlapping(snapshot, query.build(), query.contig(), query.from(), query.to())) {
      if (query.exact() != null && !row.is(query.exact())) {
        continue;
      }
      int het = countAndMark(row.het(), consented, carriers);
      int hom = countAndMark(row.hom(), consented, carriers);
      if (het + hom > 0) {
        matches.add(new Match(row.key(), het, hom));
      }
    }
    return new Found(matches, carriers.cardinality(), consented.cardinality(), snapshot.version());
  }

  /** Counts the consented carriers and marks them, so each individual is counted once. */
  private static int countAndMark(int[] carriers, BitSet consented, BitSet marked) {
    int count = 0;
    for (int individual : carriers) {
      if (consented.get(individual)) {
        count++;
        marked.set(individual);
      }
    }
    return count;
  }

  /** The sources loaded so far (one read), for catching up on the ones missed. */
  @Override
  public Set<String> loadedSources() {
    return Set.copyOf(
        jdbc.sql("SELECT source FROM research_genotype_source").query(String.class).list());
  }

  @Override
  public boolean isLoaded(String source) {
    return jdbc.sql("SELECT count(*) FROM research_genotype_source WHERE source = :source")
            .param("source", source)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * The dense index of each patient in the load, handing out new ones after the highest (in the
   * caller's transaction, which holds the version row's lock).
   */
  Map<NhsNumber, Integer> indexes(List<VariantCarriers> variants) {
    Set<NhsNumber> patients = new LinkedHashSet<>();
    for (VariantCarriers v : variants) {
      patients.addAll(v.heterozygous());
      patients.addAll(v.homozygous());
    }
    Map<String, Integer> known = new HashMap<>();
    jdbc.sql("SELECT idx, nhs_number FROM research_individual")
        .query(
            (ResultSet rs) -> {
              known.put(rs.getString("nhs_number"), rs.getInt("idx"));
            });
    int next = known.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    Map<NhsNumber, Integer> indexes = new HashMap<>();
    List<Object[]> fresh = new ArrayList<>();
    for (NhsNumber patient : patients) {
      Integer index = known.get(patient.value());
      if (index == null) {
        index = next++;
        fresh.add(new Object[] {index, patient.value()});
      }
      indexes.put(patient, index);
    }
    template.batchUpdate("INSERT INTO research_individual (idx, nhs_number) VALUES (?, ?)", fresh);
    return indexes;
  }

  /**
   * Adds the carriers to each variant's row: a patient now heterozygous leaves the homozygous array
   * and the other way round, so a re-sequenced patient has their latest genotype.
   */
  private void upsert(List<VariantCarriers> variants, Map<NhsNumber, Integer> indexes) {
    String sql =
        """
        INSERT INTO research_variant AS v (build, contig, position, ref, alt, het, hom)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (build, contig, position, md5(ref || '>' || alt)) DO UPDATE SET
          het = ARRAY(SELECT DISTINCT x FROM unnest(v.het || EXCLUDED.het) x
                      WHERE x <> ALL(EXCLUDED.hom) ORDER BY x),
          hom = ARRAY(SELECT DISTINCT x FROM unnest(v.hom || EXCLUDED.hom) x
                      WHERE x <> ALL(EXCLUDED.het) ORDER BY x)
        """;
    for (int from = 0; from < variants.size(); from += BATCH) {
      List<VariantCarriers> batch = variants.subList(from, Math.min(variants.size(), from + BATCH));
      template.batchUpdate(
          sql,
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              VariantCarriers v = batch.get(i);
              ps.setString(1, v.key().build().name());
              ps.setString(2, v.key().contig());
              ps.setLong(3, v.key().position());
              ps.setString(4, v.key().ref());
              ps.setString(5, v.key().alt());
              ps.setArray(6, array(ps, v.heterozygous(), indexes));
              ps.setArray(7, array(ps, v.homozygous(), indexes));
            }

            @Override
            public int getBatchSize() {
              return batch.size();
            }
          });
    }
  }

  private static Array array(
      PreparedStatement ps, Set<NhsNumber> patients, Map<NhsNumber, Integer> indexes)
      throws SQLException {
    Integer[] values = patients.stream().map(indexes::get).sorted().toArray(Integer[]::new);
    return ps.getConnection().createArrayOf("int4", values);
  }

  /** The current snapshot, re-read when the store has changed since it was made. */
  Snapshot snapshot() {
    long version =
        jdbc.sql("SELECT version FROM research_genotype_version WHERE id = 1")
            .query(Long.class)
            .single();
    Snapshot current = snapshot;
    if (current != null && current.version() == version) {
      return current;
    }
    synchronized (this) {
      current = snapshot;
      if (current == null || current.version() != version) {
        current = read();
        snapshot = current;
      }
      return current;
    }
  }

  /** The last consented set made, for the snapshot and the participants it was made from. */
  private record Bits(Snapshot snapshot, Set<NhsNumber> patients, BitSet bits) {}

  private volatile Bits lastBits;

  /**
   * The consented patients' bits in the snapshot's individual index (reused while the snapshot and
   * the participants are the very same objects: the consent feature answers with the same set until
   * a decision is recorded). Callers must not change it.
   */
  BitSet bits(Snapshot snapshot, Set<NhsNumber> patients) {
    Bits last = lastBits;
    if (last != null && last.snapshot() == snapshot && last.patients() == patients) {
      return last.bits();
    }
    BitSet bits = make(snapshot, patients);
    lastBits = new Bits(snapshot, patients, bits);
    return bits;
  }

  private static BitSet make(Snapshot snapshot, Set<NhsNumber> patients) {
    BitSet bits = new BitSet(snapshot.indexByNhs().size());
    for (NhsNumber patient : patients) {
      Integer index = snapshot.indexByNhs().get(patient.value());
      if (index != null) {
        bits.set(index);
      }
    }
    return bits;
  }

  /** Variants overlapping [from, to] (1-based inclusive) on the contig. */
  List<Row> overlapping(Snapshot snapshot, GenomeBuild build, String contig, long from, long to) {
    List<Row> rows = new ArrayList<>();
    String canonical = org.gms.genomics.reference.ContigName.canonical(contig);
    Column column = snapshot.columns().get(build.name() + ":" + canonical);
    if (column != null) {
      column.overlapping(build, canonical, from, to, rows);
    }
    return rows;
  }

  private Snapshot read() {
    long version =
        jdbc.sql("SELECT version FROM research_genotype_version WHERE id = 1")
            .query(Long.class)
            .single();
    Map<String, Integer> indexByNhs = new HashMap<>();
    jdbc.sql("SELECT idx, nhs_number FROM research_individual")
        .query(
            (ResultSet rs) -> {
              indexByNhs.put(rs.getString("nhs_number"), rs.getInt("idx"));
            });
    Map<String, ColumnBuilder> builders = new HashMap<>();
    int[] count = {0};
    template.query(
        connection -> {
          PreparedStatement ps =
              connection.prepareStatement(
                  "SELECT build, contig, position, ref, alt, het, hom FROM research_variant"
                      + " ORDER BY build, contig, position, ref, alt");
          ps.setFetchSize(5_000);
          return ps;
        },
        (ResultSet rs) -> {
          ColumnBuilder column =
              builders.computeIfAbsent(
                  rs.getString(1) + ":" + rs.getString(2), k -> new ColumnBuilder());
          column.add(rs.getLong(3), rs.getString(4), rs.getString(5), ints(rs, 6), ints(rs, 7));
          count[0]++;
        });
    Map<String, Column> columns = new HashMap<>();
    builders.forEach((k, b) -> columns.put(k, b.build()));
    return new Snapshot(version, Map.copyOf(indexByNhs), Map.copyOf(columns), count[0]);
  }

  private static int[] ints(ResultSet rs, int column) throws SQLException {
    return SqlArrays.ints(rs.getArray(column));
  }

  private static final class ColumnBuilder {
    private long[] positions = new long[64];
    private final List<String> refs = new ArrayList<>();
    private final List<String> alts = new ArrayList<>();
    private final List<int[]> het = new ArrayList<>();
    private final List<int[]> hom = new ArrayList<>();
    private int span = 1;

    void add(long position, String ref, String alt, int[] hets, int[] homs) {
      int n = refs.size();
      if (n == positions.length) {
        positions = Arrays.copyOf(positions, n * 2);
      }
      positions[n] = position;
      refs.add(ref);
      alts.add(alt);
      het.add(hets);
      hom.add(homs);
      span = Math.max(span, ref.length());
    }

    Column build() {
      int n = refs.size();
      return new Column(
          Arrays.copyOf(positions, n),
          refs.toArray(String[]::new),
          alts.toArray(String[]::new),
          het.toArray(int[][]::new),
          hom.toArray(int[][]::new),
          span);
    }
  }
}
