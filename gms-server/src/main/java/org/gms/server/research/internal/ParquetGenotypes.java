package org.gms.server.research.internal;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.reference.ContigName;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.database.DatabaseSettings;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.VariantCarriers;
import org.gms.store.AllowList;
import org.gms.store.PopulationStore;
import org.gms.store.Region;
import org.gms.store.RegionAnswer;
import org.gms.store.Variant;
import org.gms.store.VariantCalls;
import org.gms.store.VariantCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The research genotype store as the population store's Parquet files, queried in-process with
 * DuckDB ({@code gms.research.store=parquet}). Each analysis run is one atomic append; patients
 * keep their dense index in {@code research_individual} (PostgreSQL), so the files hold indexes
 * only, no NHS numbers. Consent is the allow-list of each query. At the first start on a database
 * whose genotypes are in the PostgreSQL tables, they are migrated (see {@link GenotypeMigration}).
 */
@Component
@Primary
@ConditionalOnProperty(name = "gms.research.store", havingValue = "parquet")
class ParquetGenotypes implements GenotypeIndex {

  private static final Logger LOG = LoggerFactory.getLogger(ParquetGenotypes.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final GenotypeStore tables;
  private final VcfGenotypes vcfs;
  private final PopulationStore store;
  private volatile Map<String, Integer> indexByNhs = Map.of();
  private volatile Allowed lastAllowed;

  private record Allowed(Map<String, Integer> indexes, Set<NhsNumber> patients, AllowList list) {}

  ParquetGenotypes(
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager,
      GenotypeStore tables,
      VcfGenotypes vcfs,
      DatabaseSettings database,
      @Value("${gms.research.store-dir:}") String directory) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.tables = tables;
    this.vcfs = vcfs;
    Path root =
        directory.isBlank() ? database.dataDir().resolve("population-store") : Path.of(directory);
    this.store = PopulationStore.open(root);
    LOG.info(
        "Research genotypes: population store {} (manifest version {}, {} runs)",
        store.root(),
        store.manifest().version(),
        store.manifest().runs().size());
    GenotypeMigration.fromTables(jdbc, store);
  }

  @PreDestroy
  void close() {
    store.close();
  }

  PopulationStore store() {
    return store;
  }

  @Override
  public Loaded loadVcf(String source, Path vcf, Map<NhsNumber, String> samples) {
    return vcfs.loadOnce(this, source, vcf, samples);
  }

  @Override
  public Loaded load(String source, List<VariantCarriers> variants) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("A genotype load needs a source name");
    }
    if (isLoaded(source)) {
      return new Loaded(source, 0, 0, true);
    }
    Map<NhsNumber, Integer> indexes =
        transactions.execute(
            status -> {
              // one allocation at a time: individual indexes are handed out in order
              jdbc.sql("SELECT version FROM research_genotype_version WHERE id = 1 FOR UPDATE")
                  .query(Long.class)
                  .single();
              return tables.indexes(variants);
            });
    List<VariantCalls> calls = new ArrayList<>(variants.size());
    for (VariantCarriers v : variants) {
      VariantKey key = v.key();
      calls.add(
          VariantCalls.of(
              variant(key),
              null,
              v.heterozygous().stream().mapToInt(indexes::get).sorted().toArray(),
              v.homozygous().stream().mapToInt(indexes::get).sorted().toArray()));
    }
    PopulationStore.Appended appended = store.append(source, calls);
    indexByNhs = Map.of();
    return new Loaded(source, indexes.size(), variants.size(), appended.alreadyAppended());
  }

  @Override
  public Set<String> loadedSources() {
    return store.runs();
  }

  @Override
  public boolean isLoaded(String source) {
    return store.runs().contains(source);
  }

  @Override
  public Found find(VariantQuery query, Set<NhsNumber> patients) {
    AllowList allowed = allowed(patients);
    String contig = ContigName.canonical(query.contig());
    Region region = new Region(query.build().name(), contig, query.from(), query.to());
    Variant exact = query.exact() == null ? null : variant(query.exact());
    RegionAnswer answer = store.variants(List.of(region), exact, allowed);
    List<Match> matches = new ArrayList<>();
    for (VariantCount count : answer.variants()) {
      Variant v = count.variant();
      matches.add(
          new Match(
              new VariantKey(
                  GenomeBuild.valueOf(v.build()), v.contig(), v.position(), v.ref(), v.alt()),
              count.het(),
              count.hom()));
    }
    return new Found(matches, answer.carriers(), allowed.size(), store.manifest().version());
  }

  /**
   * The consented patients' indexes (reused while the consent feature answers with the same set and
   * no load has added patients).
   */
  private AllowList allowed(Set<NhsNumber> patients) {
    Map<String, Integer> indexes = indexes();
    Allowed last = lastAllowed;
    if (last != null && last.patients() == patients && last.indexes() == indexes) {
      return last.list();
    }
    BitSet bits = new BitSet();
    for (NhsNumber patient : patients) {
      Integer index = indexes.get(patient.value());
      if (index != null) {
        bits.set(index);
      }
    }
    AllowList list = AllowList.of(bits);
    lastAllowed = new Allowed(indexes, patients, list);
    return list;
  }

  private Map<String, Integer> indexes() {
    Map<String, Integer> current = indexByNhs;
    long count = jdbc.sql("SELECT count(*) FROM research_individual").query(Long.class).single();
    if (current.size() == count) {
      return current;
    }
    Map<String, Integer> read = new HashMap<>();
    jdbc.sql("SELECT idx, nhs_number FROM research_individual")
        .query(
            (ResultSet rs) -> {
              read.put(rs.getString("nhs_number"), rs.getInt("idx"));
            });
    indexByNhs = Map.copyOf(read);
    return indexByNhs;
  }

  static Variant variant(VariantKey key) {
    return new Variant(
        key.build().name(),
        ContigName.canonical(key.contig()),
        key.position(),
        key.ref(),
        key.alt());
  }
}
