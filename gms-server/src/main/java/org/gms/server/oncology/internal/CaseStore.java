package org.gms.server.oncology.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.cancer.tumourtype.TumourType;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.oncology.TumourSampleType;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.SampleType;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancer cases and their samples. A case is opened on an order of a cancer (M-code) test the user
 * may see; its tumour type is checked against OncoTree. Receiving the case's first samples records
 * them on the order too (moving a requested order on); later samples (serial plasma for ctDNA
 * monitoring) belong to the case alone.
 */
@Service
@Transactional
class CaseStore {

  private final JdbcClient jdbc;
  private final TestOrders orders;
  private final Accounts accounts;
  private final AuditLog audit;

  CaseStore(JdbcClient jdbc, TestOrders orders, Accounts accounts, AuditLog audit) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.accounts = accounts;
    this.audit = audit;
  }

  static TumourType tumourType(String code) {
    try {
      return TumourTypes.bundled().resolve(code);
    } catch (GenomicsException | IllegalArgumentException e) {
      throw GmsException.atField("oncotreeCode", e.getMessage());
    }
  }

  CancerCase open(long orderId, String oncotree, String histology, String site, String stage) {
    return open(orderId, oncotree, histology, site, stage, null, null, null);
  }

  /**
   * Opens the case with what the request says of the sample to come (each may be null: not stated).
   */
  CancerCase open(
      long orderId,
      String oncotree,
      String histology,
      String site,
      String stage,
      TumourSampleType sampleType,
      Integer cellularity,
      Boolean pairedGermline) {
    TestOrder order = visibleOrder(orderId);
    if (!order.test().startsWith("M")) {
      throw new GmsException(
          "Order "
              + orderId
              + " is for test "
              + order.test()
              + ", not a cancer (M-code) test: a cancer case belongs to an order of the cancer"
              + " test directory.");
    }
    if (oncotree == null || oncotree.isBlank()) {
      throw GmsException.atField(
          "oncotreeCode", "Give the tumour type as an OncoTree code, e.g. LUAD or NSCLC.");
    }
    TumourType type = tumourType(oncotree.strip());
    if (type.oncotreeCode() == null || type.oncotreeCode().isBlank()) {
      throw GmsException.atField(
          "oncotreeCode",
          "'" + oncotree + "' is not an OncoTree type; give an OncoTree code such as LUAD.");
    }
    Optional<CancerCase> existing = forOrder(orderId);
    if (existing.isPresent()) {
      throw new GmsException(
          GmsException.Kind.CONFLICT,
          "Order " + orderId + " already has cancer case " + existing.get().id() + ".");
    }
    CancerCase draft =
        new CancerCase(
            0,
            orderId,
            order.patient().value(),
            order.test(),
            type.oncotreeCode(),
            type.name(),
            histology,
            site,
            stage,
            sampleType,
            cellularity,
            pairedGermline,
            accounts.actor().name(),
            Instant.now());
    long id =
        jdbc.sql(
                """
                INSERT INTO cancer_case (order_id, nhs_number, test_code, oncotree_code,
                  tumour_type, histology, primary_site, stage, sample_type, cellularity_percent,
                  paired_germline, created_by)
                VALUES (:order, :nhs, :test, :code, :type, :histology, :site, :stage, :sample,
                  :cellularity, :paired, :by)
                RETURNING id
                """)
            .param("order", orderId)
            .param("nhs", draft.nhsNumber())
            .param("test", draft.testCode())
            .param("code", draft.oncotreeCode())
            .param("type", draft.tumourType())
            .param("histology", draft.histology())
            .param("site", draft.primarySite())
            .param("stage", draft.stage())
            .param("sample", sampleType == null ? null : sampleType.name())
            .param("cellularity", cellularity)
            .param("paired", pairedGermline)
            .param("by", draft.createdBy())
            .query(Long.class)
            .single();
    audit.record("create", "cancer-case", Long.toString(id), "order " + orderId + ", " + oncotree);
    return find(id).orElseThrow();
  }

  TestOrder visibleOrder(long orderId) {
    return orders
        .find(orderId)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND,
                    "There is no order " + orderId + " that you may see."));
  }

  /** The case, if its order is visible to the user (reading the order is audited). */
  Optional<CancerCase> visible(long id) {
    return find(id).filter(c -> orders.maySee(c.orderId()));
  }

  CancerCase visibleOrThrow(long id) {
    return visible(id)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND,
                    "There is no cancer case " + id + " you may see."));
  }

  @Transactional(readOnly = true)
  Optional<CancerCase> find(long id) {
    return where("id", id).optional();
  }

  @Transactional(readOnly = true)
  Optional<CancerCase> forOrder(long orderId) {
    return where("order_id", orderId).optional();
  }

  @Transactional(readOnly = true)
  List<CancerCase> ofPatient(String nhs) {
    return where("nhs_number", nhs).list();
  }

  /** The cases whose column (a fixed name, never user input) holds the value, in id order. */
  private JdbcClient.MappedQuerySpec<CancerCase> where(String column, Object value) {
    return jdbc.sql("SELECT * FROM cancer_case WHERE " + column + " = :value ORDER BY id")
        .param("value", value)
        .query(CaseStore::cancerCase);
  }

  TumourSample receive(
      long caseId,
      TumourSampleType type,
      String barcode,
      Integer cellularity,
      Long germlineSampleId,
      LocalDate collectedOn) {
    CancerCase c = visibleOrThrow(caseId);
    if (barcode == null || barcode.isBlank() || barcode.length() > 64) {
      throw GmsException.atField("barcode", "A sample needs its barcode (1 to 64 characters).");
    }
    if (cellularity != null && (cellularity < 0 || cellularity > 100)) {
      throw GmsException.atField(
          "cellularityPercent",
          "Tumour cellularity is a percentage from 0 to 100, not " + cellularity + ".");
    }
    if (cellularity != null && !type.tumour()) {
      throw GmsException.atField(
          "cellularityPercent", "A germline blood sample has no tumour cellularity; leave it out.");
    }
    if (germlineSampleId != null) {
      TumourSample germline =
          samples(caseId).stream()
              .filter(s -> s.id() == germlineSampleId)
              .findFirst()
              .orElseThrow(
                  () ->
                      GmsException.atField(
                          "germlineSampleId",
                          "Sample "
                              + germlineSampleId
                              + " is not a sample of case "
                              + caseId
                              + "; record the germline blood sample first."));
      if (germline.type() != TumourSampleType.BLOOD_GERMLINE) {
        throw GmsException.atField(
            "germlineSampleId",
            "The paired germline sample must be blood for germline, not " + germline.type());
      }
    }
    LocalDate collected = collectedOn == null ? LocalDate.now() : collectedOn;
    if (collected.isAfter(LocalDate.now())) {
      throw GmsException.atField(
          "collectedOn", "A sample's collection date cannot be in the future: " + collected);
    }
    if (samples(caseId).stream().anyMatch(s -> s.barcode().equals(barcode.strip()))) {
      throw GmsException.atField(
          "barcode",
          GmsException.Kind.CONFLICT,
          "Case "
              + caseId
              + " already has sample "
              + barcode
              + "; give this sample its own barcode.");
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO tumour_sample (case_id, sample_type, barcode, cellularity_percent,
                  germline_sample_id, collected_on, received_by)
                VALUES (:case, :type, :barcode, :cellularity, :germline, :collected, :by)
                RETURNING id
                """)
            .param("case", caseId)
            .param("type", type.name())
            .param("barcode", barcode.strip())
            .param("cellularity", cellularity)
            .param("germline", germlineSampleId)
            .param("collected", Date.valueOf(collected))
            .param("by", accounts.actor().name())
            .query(Long.class)
            .single();
    OrderState state = visibleOrder(c.orderId()).state();
    if (state.actions().contains(OrderState.Action.RECEIVE_SAMPLE)) {
      orders.receiveSample(c.orderId(), barcode.strip(), orderSampleType(type), Instant.now());
    }
    audit.record(
        "receive", "tumour-sample", Long.toString(id), "case " + caseId + ", " + type.name());
    return samples(caseId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
  }

  static SampleType orderSampleType(TumourSampleType type) {
    return switch (type) {
      case FFPE, FRESH_FROZEN, BONE_MARROW -> SampleType.TISSUE;
      case PLASMA_CTDNA -> SampleType.CFDNA;
      case BLOOD_GERMLINE -> SampleType.BLOOD;
    };
  }

  @Transactional(readOnly = true)
  List<TumourSample> samples(long caseId) {
    return jdbc.sql("SELECT * FROM tumour_sample WHERE case_id = :id ORDER BY collected_on, id")
        .param("id", caseId)
        .query(
            (rs, n) ->
                new TumourSample(
                    rs.getLong("id"),
                    rs.getLong("case_id"),
                    TumourSampleType.valueOf(rs.getString("sample_type")),
                    rs.getString("barcode"),
                    (Integer) rs.getObject("cellularity_percent"),
                    (Long) rs.getObject("germline_sample_id"),
                    rs.getDate("collected_on").toLocalDate(),
                    rs.getString("received_by"),
                    rs.getTimestamp("received_at").toInstant()))
        .list();
  }

  private static CancerCase cancerCase(ResultSet rs, int row) throws SQLException {
    return new CancerCase(
        rs.getLong("id"),
        rs.getLong("order_id"),
        rs.getString("nhs_number"),
        rs.getString("test_code"),
        rs.getString("oncotree_code"),
        rs.getString("tumour_type"),
        rs.getString("histology"),
        rs.getString("primary_site"),
        rs.getString("stage"),
        rs.getString("sample_type") == null
            ? null
            : TumourSampleType.valueOf(rs.getString("sample_type")),
        (Integer) rs.getObject("cellularity_percent"),
        (Boolean) rs.getObject("paired_germline"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }
}
