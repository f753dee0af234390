package org.gms.server.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.gms.server.audit.AuditLog;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NewClassification;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patients;
import org.gms.server.record.RecordedVariant;
import org.gms.server.record.VariantClassification;
import org.gms.server.record.VariantClassifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcVariantClassifications implements VariantClassifications {

  static final String ENTITY = "variant_classification";

  private static final String SELECT =
      """
      SELECT c.id, c.nhs_number, c.order_id, v.build, v.contig, v.position, v.ref, v.alt, v.gene,
        c.transcript, c.hgvsc, c.hgvsp, c.genotype, c.acmg_class, c.evidence::text AS evidence,
        c.classifier, c.comment, c.source, c.classified_by, c.classified_at
      FROM variant_classification c JOIN recorded_variant v ON v.id = c.variant_id
      """;

  /**
   * The recorded variant {@code v} of the key bound by {@link #keyParams}: the md5 of the alleles
   * as the unique index has it, so that long alleles are found through the index.
   */
  private static final String SAME_VARIANT =
      """
       v.build = :build AND v.contig = :contig AND v.position = :position
        AND md5(v.ref || '>' || v.alt) = md5(:ref || '>' || :alt)
        AND v.ref = :ref AND v.alt = :alt
      """;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Accounts accounts;
  private final Patients patients;

  JdbcVariantClassifications(
      JdbcClient jdbc, AuditLog audit, Accounts accounts, Patients patients) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.accounts = accounts;
    this.patients = patients;
  }

  @Override
  @Transactional
  public VariantClassification record(NewClassification c) {
    if (patients.find(c.patient()).isEmpty()) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND,
          "No patient with NHS number " + c.patient().formatted() + " to record a variant for.");
    }
    VariantKey key = c.variant().key();
    // one row per variant: concurrent reports of the same variant meet on the unique key
    jdbc.sql(
            """
            INSERT INTO recorded_variant (build, contig, position, ref, alt, gene)
            VALUES (:build, :contig, :position, :ref, :alt, :gene)
            ON CONFLICT (build, contig, position, md5(ref || '>' || alt)) DO NOTHING
            """)
        .params(keyParams(key))
        .param("gene", c.variant().gene())
        .update();
    long id =
        jdbc.sql(
                """
                INSERT INTO variant_classification (variant_id, nhs_number, order_id, transcript,
                  hgvsc, hgvsp, genotype, acmg_class, evidence, classifier, comment, source,
                  classified_by)
                SELECT v.id, :nhs, :order, :transcript, :hgvsc, :hgvsp, :genotype, :class,
                  CAST(:evidence AS jsonb), :classifier, :comment, :source, :by
                FROM recorded_variant v
                WHERE"""
                    + SAME_VARIANT
                    + " RETURNING id")
            .param("nhs", c.patient().value())
            .param("order", c.orderId())
            .param("transcript", c.variant().transcript())
            .param("hgvsc", c.variant().hgvsc())
            .param("hgvsp", c.variant().hgvsp())
            .param("genotype", c.genotype())
            .param("class", c.acmgClass().abbreviation())
            .param("evidence", c.evidence())
            .param("classifier", c.classifier())
            .param("comment", c.comment())
            .param("source", c.source().name())
            .param("by", accounts.actor().name())
            .params(keyParams(key))
            .query(Long.class)
            .single();
    audit.record(
        "create",
        ENTITY,
        Long.toString(id),
        c.patient().value() + " " + key + " " + c.acmgClass() + " (" + c.source() + ")");
    return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(this::row).single();
  }

  @Override
  public List<VariantClassification> forPatient(NhsNumber patient) {
    audit.record("read", ENTITY, patient.value(), "classification history of the patient");
    return jdbc.sql(SELECT + " WHERE c.nhs_number = :nhs ORDER BY c.id")
        .param("nhs", patient.value())
        .query(this::row)
        .list();
  }

  @Override
  public List<VariantClassification> forVariant(VariantKey key) {
    audit.record("read", ENTITY, key.toString(), "classifications of the variant");
    return jdbc.sql(SELECT + " WHERE" + SAME_VARIANT + " ORDER BY c.id")
        .params(keyParams(key))
        .query(this::row)
        .list();
  }

  @Override
  public List<VariantClassification> current() {
    audit.record("read", ENTITY, "*", "current classification of every recorded variant");
    return jdbc.sql(
            SELECT
                + """
                 WHERE c.id IN (SELECT max(id) FROM variant_classification
                                GROUP BY nhs_number, variant_id)
                 ORDER BY c.nhs_number, v.build, v.contig, v.position, v.ref, v.alt
                """)
        .query(this::row)
        .list();
  }

  /** The key as the parameters {@link #SAME_VARIANT} and the insert of a recorded variant use. */
  private static Map<String, Object> keyParams(VariantKey key) {
    return Map.of(
        "build", key.build().name(),
        "contig", key.contig(),
        "position", key.position(),
        "ref", key.ref(),
        "alt", key.alt());
  }

  private VariantClassification row(ResultSet rs, int row) throws SQLException {
    long order = rs.getLong("order_id");
    Long orderId = rs.wasNull() ? null : order;
    return new VariantClassification(
        rs.getLong("id"),
        new NhsNumber(rs.getString("nhs_number")),
        orderId,
        new RecordedVariant(
            new VariantKey(
                GenomeBuild.valueOf(rs.getString("build")),
                rs.getString("contig"),
                rs.getLong("position"),
                rs.getString("ref"),
                rs.getString("alt")),
            rs.getString("gene"),
            rs.getString("transcript"),
            rs.getString("hgvsc"),
            rs.getString("hgvsp")),
        rs.getString("genotype"),
        AcmgClass.fromAbbreviation(rs.getString("acmg_class")).orElseThrow(),
        rs.getString("evidence"),
        rs.getString("classifier"),
        rs.getString("comment"),
        ClassificationSource.valueOf(rs.getString("source")),
        rs.getString("classified_by"),
        rs.getTimestamp("classified_at").toInstant());
  }
}
