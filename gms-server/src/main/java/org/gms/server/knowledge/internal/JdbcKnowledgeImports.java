package org.gms.server.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.gms.server.GmsException;
import org.gms.server.analysis.VariantKeys;
import org.gms.server.audit.AuditLog;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.ImportSummary;
import org.gms.server.knowledge.KnowledgeImport;
import org.gms.server.knowledge.KnowledgeImports;
import org.gms.server.knowledge.KnowledgeSource;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.knowledge.ReanalysisJob;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class JdbcKnowledgeImports implements KnowledgeImports {

  static final String ENTITY = "knowledge_version";
  private static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final VariantKeys keys;
  private final Users users;
  private final Reanalyser reanalyser;
  private final KnowledgeVersions versions;
  private final DirectoryImports directory;

  JdbcKnowledgeImports(
      JdbcClient jdbc,
      JdbcTemplate template,
      TransactionTemplate transactions,
      AuditLog audit,
      VariantKeys keys,
      Users users,
      Reanalyser reanalyser,
      KnowledgeVersions versions,
      DirectoryImports directory) {
    this.versions = versions;
    this.directory = directory;
    this.jdbc = jdbc;
    this.template = template;
    this.transactions = transactions;
    this.audit = audit;
    this.keys = keys;
    this.users = users;
    this.reanalyser = reanalyser;
  }

  @Override
  public KnowledgeImport importClinvar(
      Path vcf, String label, boolean reanalyse, Consumer<String> progress) {
    users.requireAdministratorOrSystem("import knowledge");
    String sha = KnowledgeFiles.sha256(vcf);
    Optional<KnowledgeVersion> existing = versions.bySha(KnowledgeSource.CLINVAR, sha);
    if (existing.isPresent()) {
      return KnowledgeImport.alreadyImported(existing.get());
    }
    progress.accept("reading ClinVar " + vcf);
    ClinvarReleases.Release release = ClinvarReleases.read(keys, vcf, progress);
    String version = versionLabel(label, () -> release.label(vcf));
    Optional<KnowledgeVersion> previous = versions.latest(KnowledgeSource.CLINVAR);
    Stored stored =
        transactions.execute(
            status -> {
              long id =
                  insertVersion(
                      KnowledgeSource.CLINVAR, version, vcf, sha, "importing", users.name());
              insertInBatches(
                  "INSERT INTO clinvar_assertion (version_id, variant_key, gene, variation_id,"
                      + " significance, review_status) VALUES (?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (version_id, key_md5) DO NOTHING",
                  release.assertions(),
                  a ->
                      new Object[] {
                        id, a.key(), a.gene(), a.variationId(), a.significance(), a.reviewStatus()
                      },
                  count -> progress.accept("stored " + count + " more assertions"));
              Set<String> changed = new HashSet<>();
              int removed = 0;
              if (previous.isPresent()) {
                changed.addAll(
                    jdbc.sql(
                            """
                            SELECT n.variant_key FROM clinvar_assertion n
                            LEFT JOIN clinvar_assertion o
                              ON o.version_id = :previous AND o.key_md5 = n.key_md5
                            WHERE n.version_id = :id
                              AND (o.variant_key IS NULL OR o.significance <> n.significance
                                   OR o.review_status <> n.review_status)
                            """)
                        .param("previous", previous.get().id())
                        .param("id", id)
                        .query(String.class)
                        .list());
                removed =
                    jdbc.sql(
                            """
                            SELECT count(*) FROM clinvar_assertion o WHERE o.version_id = :previous
                              AND NOT EXISTS (SELECT 1 FROM clinvar_assertion n
                                WHERE n.version_id = :id AND n.key_md5 = o.key_md5)
                            """)
                        .param("previous", previous.get().id())
                        .param("id", id)
                        .query(Integer.class)
                        .single();
              }
              String summary =
                  release.assertions().size()
                      + " alleles ("
                      + release.skipped()
                      + " symbolic or unreadable left out; of the indels and multi-base changes, "
                      + release.leftAligned()
                      + " keyed after left-alignment on the analysis reference, "
                      + release.trimmedOnly()
                      + " outside it keyed as ClinVar left-aligned them)";
              if (previous.isPresent()) {
                summary +=
                    "; against "
                        + previous.get().label()
                        + ": "
                        + changed.size()
                        + " new or changed assertions, "
                        + removed
                        + " no longer listed";
              } else {
                summary += "; the first ClinVar version";
              }
              setSummary(id, summary);
              audit.record("create", ENTITY, Long.toString(id), "CLINVAR " + version);
              return new Stored(id, changed);
            });
    KnowledgeVersion created = versions.byId(stored.id()).orElseThrow();
    Optional<ReanalysisJob> job =
        reanalysis(
            reanalyse,
            "import of CLINVAR " + version,
            Reanalyser.Scope.clinvarOnly(previous.isPresent() ? stored.changed() : null),
            progress);
    return new KnowledgeImport(
        created,
        false,
        previous,
        previous.isPresent() ? stored.changed().size() : release.assertions().size(),
        job);
  }

  private record Stored(long id, Set<String> changed) {}

  /**
   * Inserts a row of {@code sql} for each item, {@link #BATCH} rows a statement; {@code stored}
   * hears of each full batch.
   */
  private <T> void insertInBatches(
      String sql, Iterable<T> items, Function<T, Object[]> row, IntConsumer stored) {
    List<Object[]> rows = new ArrayList<>(BATCH);
    for (T item : items) {
      rows.add(row.apply(item));
      if (rows.size() == BATCH) {
        template.batchUpdate(sql, rows);
        stored.accept(rows.size());
        rows.clear();
      }
    }
    if (!rows.isEmpty()) {
      template.batchUpdate(sql, rows);
    }
  }

  @Override
  public KnowledgeImport importHpo(
      Path genesToPhenotype, String label, boolean reanalyse, Consumer<String> progress) {
    users.requireAdministratorOrSystem("import knowledge");
    String sha = KnowledgeFiles.sha256(genesToPhenotype);
    Optional<KnowledgeVersion> existing = versions.bySha(KnowledgeSource.HPO, sha);
    if (existing.isPresent()) {
      return KnowledgeImport.alreadyImported(existing.get());
    }
    progress.accept("reading HPO annotations " + genesToPhenotype);
    Set<List<String>> links = new HashSet<>();
    try (BufferedReader in = KnowledgeFiles.open(genesToPhenotype)) {
      long line = 0;
      String first = in.readLine();
      if (first == null
          || !(first.startsWith("ncbi_gene_id\tgene_symbol") || first.startsWith("#Format:"))) {
        throw new GmsException(
            genesToPhenotype
                + ": the first line is not a genes_to_phenotype.txt header ('ncbi_gene_id"
                + " gene_symbol hpo_id ...' or the 2023 '#Format: entrez-gene-id ...'); is this"
                + " HPO's genes_to_phenotype.txt?");
      }
      line++;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] columns = text.split("\t");
        if (columns.length < 6 || !columns[2].startsWith("HP:")) {
          throw new GmsException(
              genesToPhenotype
                  + ":"
                  + line
                  + ": expected genes_to_phenotype columns (gene id, symbol, HPO id, name, ...,"
                  + " disease id); found '"
                  + (text.length() > 80 ? text.substring(0, 80) + "..." : text)
                  + "'.");
        }
        links.add(List.of(columns[1].strip(), columns[columns.length - 1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + genesToPhenotype, e);
    }
    byte[] content;
    try {
      content = Files.readAllBytes(genesToPhenotype);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + genesToPhenotype, e);
    }
    String version =
        versionLabel(
            label,
            () ->
                Optional.ofNullable(KnowledgeFiles.dateInName(genesToPhenotype))
                    .orElse("imported " + LocalDate.now()));
    Optional<KnowledgeVersion> previous = versions.latest(KnowledgeSource.HPO);
    long id =
        transactions.execute(
            status -> {
              long created =
                  insertVersion(
                      KnowledgeSource.HPO,
                      version,
                      genesToPhenotype,
                      sha,
                      "importing",
                      users.name());
              insertInBatches(
                  "INSERT INTO hpo_gene_disease (version_id, gene, disease) VALUES (?, ?, ?)",
                  links,
                  link -> new Object[] {created, link.get(0), link.get(1)},
                  count -> {});
              jdbc.sql("INSERT INTO knowledge_file (version_id, content) VALUES (:id, :content)")
                  .param("id", created)
                  .param("content", content)
                  .update();
              int added = 0;
              int removed = 0;
              if (previous.isPresent()) {
                added = countDifference(created, previous.get().id());
                removed = countDifference(previous.get().id(), created);
              }
              setSummary(
                  created,
                  links.size()
                      + " gene-disease links"
                      + previous
                          .map(p -> "; against " + p.label() + ": ")
                          .orElse("; the first HPO version (the baseline: nothing to compare)")
                      + (previous.isPresent()
                          ? added + " new links, " + removed + " removed"
                          : ""));
              audit.record("create", ENTITY, Long.toString(created), "HPO " + version);
              return created;
            });
    KnowledgeVersion created = versions.byId(id).orElseThrow();
    int changes = previous.isPresent() ? countDifference(id, previous.get().id()) : links.size();
    Optional<ReanalysisJob> job =
        reanalysis(reanalyse, "import of HPO " + version, Reanalyser.Scope.hpoOnly(), progress);
    return new KnowledgeImport(created, false, previous, changes, job);
  }

  @Override
  public KnowledgeImport importPanels(
      List<Path> files, boolean reanalyse, Consumer<String> progress) {
    users.requireAdministratorOrSystem("import knowledge");
    Optional<KnowledgeVersion> previous = versions.latest(KnowledgeSource.PANEL);
    ImportSummary summary = directory.importPanelApp(files, progress);
    KnowledgeVersion version = versions.recordPanelImport(summary);
    if (summary.alreadyImported() || previous.filter(p -> p.id() == version.id()).isPresent()) {
      return KnowledgeImport.alreadyImported(version);
    }
    audit.record("create", ENTITY, Long.toString(version.id()), "PANEL " + version.label());
    Optional<ReanalysisJob> job =
        reanalysis(
            reanalyse,
            "import of PANEL " + version.label(),
            Reanalyser.Scope.panelOnly(),
            progress);
    return new KnowledgeImport(version, false, previous, summary.newPanelVersions(), job);
  }

  /** The re-analysis an import starts when asked to, with its progress reported. */
  private Optional<ReanalysisJob> reanalysis(
      boolean reanalyse, String reason, Reanalyser.Scope scope, Consumer<String> progress) {
    return reanalyse
        ? Optional.of(reanalyser.run(reason, scope, j -> progress.accept(j.describe())))
        : Optional.empty();
  }

  private int countDifference(long in, long notIn) {
    return jdbc.sql(
            """
            SELECT count(*) FROM hpo_gene_disease a WHERE a.version_id = :in
              AND NOT EXISTS (SELECT 1 FROM hpo_gene_disease b WHERE b.version_id = :notIn
                AND b.gene = a.gene AND b.disease = a.disease)
            """)
        .param("in", in)
        .param("notIn", notIn)
        .query(Integer.class)
        .single();
  }

  /** The label the administrator gave the version, or the one the file suggests. */
  private static String versionLabel(String given, Supplier<String> fromFile) {
    return given != null && !given.isBlank() ? given.strip() : fromFile.get();
  }

  private long insertVersion(
      KnowledgeSource source, String label, Path file, String sha, String summary, String by) {
    return jdbc.sql(
            """
            INSERT INTO knowledge_version (source, label, file_name, sha256, summary, imported_by)
            VALUES (:source, :label, :file, :sha, :summary, :by) RETURNING id
            """)
        .param("source", source.name())
        .param("label", label)
        .param("file", file.getFileName().toString())
        .param("sha", sha)
        .param("summary", summary)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  private void setSummary(long id, String summary) {
    jdbc.sql("UPDATE knowledge_version SET summary = :summary WHERE id = :id")
        .param("summary", summary)
        .param("id", id)
        .update();
  }

  @Override
  public List<KnowledgeVersion> versions() {
    return versions.all();
  }

  static KnowledgeVersion version(ResultSet rs, int row) throws SQLException {
    return new KnowledgeVersion(
        rs.getLong("id"),
        KnowledgeSource.valueOf(rs.getString("source")),
        rs.getString("label"),
        rs.getString("file_name"),
        rs.getString("sha256"),
        rs.getString("summary"),
        rs.getString("imported_by"),
        rs.getTimestamp("imported_at").toInstant());
  }
}
