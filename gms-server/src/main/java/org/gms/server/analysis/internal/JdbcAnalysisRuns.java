package org.gms.server.analysis.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisRun;
import org.gms.server.analysis.AnalysisRuns;
import org.gms.server.analysis.RunPanel;
import org.gms.server.analysis.RunState;
import org.gms.server.analysis.RunSucceeded;
import org.gms.server.audit.AuditLog;
import org.gms.server.directory.TestGeneList;
import org.gms.server.directory.TestGenes;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAnalysisRuns implements AnalysisRuns {

  static final String ENTITY = "analysis_run";
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TestOrders orders;
  private final Patients patients;
  private final TestGenes testGenes;
  private final AnalysisFiles files;
  private final VcfUploads uploads;
  private final Accounts accounts;

  JdbcAnalysisRuns(
      JdbcClient jdbc,
      AuditLog audit,
      TestOrders orders,
      Patients patients,
      TestGenes testGenes,
      AnalysisFiles files,
      VcfUploads uploads,
      Accounts accounts) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.audit = audit;
    this.orders = orders;
    this.patients = patients;
    this.testGenes = testGenes;
    this.files = files;
    this.uploads = uploads;
  }

  @Override
  @Transactional
  public AnalysisRun start(
      long orderId,
      AnalysisKind kind,
      String vcf,
      Map<String, String> samples,
      boolean geneAgnostic) {
    TestOrder order = orders.get(orderId);
    Set<OrderState> startable =
        Set.of(OrderState.SEQUENCING, OrderState.ANALYSIS, OrderState.INTERPRETATION);
    if (!startable.contains(order.state())) {
      throw order.wrongState(
          "; an analysis starts once it is sequenced (SEQUENCING, or ANALYSIS and"
              + " INTERPRETATION for a re-run).");
    }
    Path file = files.resolve(vcf);
    List<String> vcfSamples = files.samples(file);
    List<RunSpec.Person> people = people(order, samples, vcfSamples);
    RunSpec spec =
        new RunSpec(
            kind.name(),
            vcf,
            order.indication(),
            order.hpoTerms(),
            people,
            geneAgnostic || kind == AnalysisKind.PHARMACOGENOMICS ? null : panel(order));
    if (order.state() != OrderState.ANALYSIS) {
      orders.move(orderId, OrderState.ANALYSIS, kind.name().toLowerCase() + " analysis of " + vcf);
    }
    String user = accounts.actor().name();
    long id =
        jdbc.sql(
                """
                INSERT INTO analysis_run (order_id, kind, state, vcf, samples, spec, genes,
                  started_by)
                VALUES (:order, :kind, 'QUEUED', :vcf, CAST(:samples AS jsonb),
                  CAST(:spec AS jsonb), :genes, :by)
                RETURNING id
                """)
            .param("order", orderId)
            .param("kind", kind.name())
            .param("vcf", vcf)
            .param("samples", JSON.writeValueAsString(sampleMap(people, vcfSamples)))
            .param("spec", JSON.writeValueAsString(spec))
            .param(
                "genes",
                spec.panel() == null
                    ? "gene-agnostic"
                    : spec.panel().name() + " " + spec.panel().version())
            .param("by", user)
            .query(Long.class)
            .single();
    audit.record("create", ENTITY, Long.toString(id), kind + " for order " + orderId + ": " + vcf);
    return load(id).orElseThrow();
  }

  /** The proband first, then the relatives; each with the VCF sample that holds their calls. */
  private List<RunSpec.Person> people(
      TestOrder order, Map<String, String> samples, List<String> vcfSamples) {
    Map<String, String> byNhs = new LinkedHashMap<>();
    samples.forEach((nhs, sample) -> byNhs.put(nhs.replace(" ", ""), sample));
    if (byNhs.isEmpty() && vcfSamples.size() == 1) {
      byNhs.put(order.patient().value(), vcfSamples.get(0));
    }
    for (String sample : byNhs.values()) {
      if (sample.chars().anyMatch(Character::isWhitespace)) {
        throw new GmsException(
            "samples: the VCF sample '"
                + sample
                + "' contains a space or tab, which the family's PED file cannot hold; rename"
                + " it in the VCF header (bcftools reheader -s) and upload it again.");
      }
      if (!vcfSamples.contains(sample)) {
        throw new GmsException(
            "samples: the VCF has no sample '" + sample + "'; its samples are " + vcfSamples + ".");
      }
    }
    if (!byNhs.containsKey(order.patient().value())) {
      throw new GmsException(
          "samples: say which VCF sample is the proband ("
              + order.patient().formatted()
              + "), e.g. {\""
              + order.patient()
              + "\": \""
              + (vcfSamples.isEmpty() ? "sample" : vcfSamples.get(0))
              + "\"}; the VCF's samples are "
              + vcfSamples
              + ".");
    }
    List<RunSpec.Person> people = new ArrayList<>();
    people.add(person(order.patient().value(), "PROBAND", true, byNhs));
    for (FamilyMember member : order.family()) {
      people.add(
          person(
              member.nhsNumber().value(), member.relationship().name(), member.affected(), byNhs));
    }
    return people;
  }

  private RunSpec.Person person(
      String nhs, String relationship, boolean affected, Map<String, String> byNhs) {
    Patient patient =
        patients
            .find(new org.gms.server.record.NhsNumber(nhs))
            .orElseThrow(() -> new GmsException(GmsException.Kind.NOT_FOUND, "No patient " + nhs));
    return new RunSpec.Person(
        nhs, byNhs.getOrDefault(nhs, nhs), relationship, patient.sex().name(), affected);
  }

  private static Map<String, String> sampleMap(List<RunSpec.Person> people, List<String> vcf) {
    Map<String, String> map = new LinkedHashMap<>();
    people.stream()
        .filter(p -> vcf.contains(p.sample()))
        .forEach(p -> map.put(p.nhsNumber(), p.sample()));
    return map;
  }

  /** The genes of the test, by the directory's one rule ({@link TestGenes}), every rating kept. */
  private RunSpec.Panel panel(TestOrder order) {
    TestGeneList list =
        testGenes
            .of(order.indication(), order.test(), Optional.of(order.directoryVersion()))
            .orElseThrow(
                () ->
                    new GmsException(
                        "Test "
                            + order.test()
                            + " is no longer in directory "
                            + order.directoryVersion()));
    if (list.genes().isEmpty()) {
      throw new GmsException(
          "Test "
              + order.test()
              + " names no panel or gene in the directory; start the analysis gene-agnostic.");
    }
    return RunSpec.Panel.of(list);
  }

  @Override
  public List<RunSucceeded> succeeded() {
    return jdbc.sql(
            "SELECT id, order_id, spec::text AS spec FROM analysis_run WHERE state = 'SUCCEEDED'"
                + " ORDER BY id")
        .query(
            (rs, row) -> {
              RunSpec spec = JSON.readValue(rs.getString("spec"), RunSpec.class);
              Map<String, String> samples = new java.util.LinkedHashMap<>();
              spec.people().forEach(p -> samples.put(p.nhsNumber(), p.sample()));
              return new RunSucceeded(
                  rs.getLong("id"),
                  rs.getLong("order_id"),
                  files.resolve(spec.vcf()).toAbsolutePath(),
                  samples);
            })
        .list();
  }

  @Override
  public Map<Long, RunPanel> latestPanels() {
    Map<Long, RunPanel> panels = new java.util.HashMap<>();
    jdbc.sql(
            """
            SELECT DISTINCT ON (order_id) order_id, id, spec::text AS spec FROM analysis_run
            WHERE kind = 'RARE_DISEASE' AND state = 'SUCCEEDED'
            ORDER BY order_id, id DESC
            """)
        .query(
            rs -> {
              JsonNode panel = JSON.readTree(rs.getString("spec")).path("panel");
              if (panel.isObject()) {
                Map<String, Integer> levels = new java.util.HashMap<>();
                for (JsonNode gene : panel.path("genes")) {
                  levels.merge(
                      gene.path("symbol").asString(), gene.path("level").asInt(), Math::max);
                }
                panels.put(
                    rs.getLong("order_id"),
                    new RunPanel(
                        rs.getLong("order_id"),
                        rs.getLong("id"),
                        panel.path("name").asString(),
                        levels));
              }
            });
    return panels;
  }

  @Override
  public Map<Long, OptionalLong> latestHpoVersions() {
    Map<Long, OptionalLong> versions = new java.util.HashMap<>();
    jdbc.sql(
            """
            SELECT DISTINCT ON (order_id) order_id,
                   result_json -> 'knowledgeVersionIds' ->> 'HPO' AS hpo
            FROM analysis_run WHERE kind = 'RARE_DISEASE' AND state = 'SUCCEEDED'
            ORDER BY order_id, id DESC
            """)
        .query(
            rs -> {
              String hpo = rs.getString("hpo");
              versions.put(
                  rs.getLong("order_id"),
                  hpo == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(hpo)));
            });
    return versions;
  }

  @Override
  public String storeVcf(java.io.InputStream vcf, String fileName) {
    return uploads.store(vcf, fileName);
  }

  @Override
  public Optional<AnalysisRun> find(long id) {
    Optional<AnalysisRun> run = load(id).filter(r -> orders.maySee(r.orderId()));
    audit.record("read", ENTITY, Long.toString(id), run.isPresent() ? "" : "not visible");
    return run;
  }

  @Override
  public List<AnalysisRun> forOrder(long orderId) {
    if (!orders.maySee(orderId)) {
      return List.of();
    }
    return jdbc
        .sql("SELECT id FROM analysis_run WHERE order_id = :order ORDER BY id")
        .param("order", orderId)
        .query(Long.class)
        .list()
        .stream()
        .map(id -> load(id).orElseThrow())
        .toList();
  }

  @Override
  public Optional<String> resultJson(long id) {
    return result(id, "result_json::text");
  }

  @Override
  public Optional<String> resultHtml(long id) {
    return result(id, "result_html");
  }

  /** A result column of a run the user may see. */
  private Optional<String> result(long id, String column) {
    return find(id)
        .flatMap(
            r ->
                jdbc.sql("SELECT " + column + " FROM analysis_run WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .optional());
  }

  Optional<AnalysisRun> load(long id) {
    return jdbc.sql(
            """
            SELECT id, order_id, kind, state, vcf, samples::text AS samples, genes, progress,
              attempt, message, started_by, queued_at, finished_at
            FROM analysis_run WHERE id = :id
            """)
        .param("id", id)
        .query(JdbcAnalysisRuns::run)
        .optional();
  }

  private static AnalysisRun run(ResultSet rs, int row) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new AnalysisRun(
        rs.getLong("id"),
        rs.getLong("order_id"),
        AnalysisKind.valueOf(rs.getString("kind")),
        RunState.valueOf(rs.getString("state")),
        rs.getString("vcf"),
        JSON.readValue(rs.getString("samples"), new TypeReference<Map<String, String>>() {}),
        rs.getString("genes"),
        rs.getLong("progress"),
        rs.getInt("attempt"),
        rs.getString("message"),
        rs.getString("started_by"),
        rs.getTimestamp("queued_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
