package org.gms.server.record.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.analysis.PharmacogenomicUploads;
import org.gms.server.audit.AuditLog;
import org.gms.server.database.OwnLocalDatabase;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.PgxGeneResult;
import org.gms.server.record.PgxRecommendation;
import org.gms.server.record.PgxResult;
import org.gms.server.record.PgxResults;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The record's public API on the PostgreSQL server of the machine (127.0.0.1:5432), in a database
 * of its own that is dropped afterwards; skipped when that server cannot be reached. The VCF is the
 * reference tool's example 2 (expected CYP2C19 *2/*2, Poor Metabolizer).
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LocalServerPgxResultsTest implements OwnLocalDatabase {

  private static final NhsNumber NHS = new NhsNumber("9990000042");

  @Autowired Patients patients;
  @Autowired PgxResults results;
  @Autowired PharmacogenomicUploads uploads;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @TempDir Path dir;

  @Test
  void storesAResultAndReadsItForPrescribing() throws Exception {
    patients.register(new Patient(NHS, "Local Test", LocalDate.of(1990, 5, 6), Sex.OTHER));
    assertThatThrownBy(
            () ->
                patients.register(
                    new Patient(NHS, "Someone Else", LocalDate.of(1991, 1, 1), Sex.MALE)))
        .isInstanceOf(GmsException.class)
        .extracting(e -> ((GmsException) e).kind())
        .isEqualTo(GmsException.Kind.CONFLICT);

    PgxResult stored = uploads.analyseAndStore(NHS, example2(), Optional.empty(), "example2");
    assertThat(stored.gene("CYP2C19").map(PgxGeneResult::diplotypes)).contains(List.of("*2/*2"));

    PgxResult forClopidogrel = results.latestForDrugs(NHS, List.of("clopidogrel")).orElseThrow();
    assertThat(forClopidogrel.id()).isEqualTo(stored.id());
    assertThat(forClopidogrel.recommendations())
        .isNotEmpty()
        .allSatisfy(rec -> assertThat(rec.drug()).isEqualTo("clopidogrel"))
        .anySatisfy(
            rec -> {
              assertThat(rec.source()).isEqualTo("CPIC");
              assertThat(rec.change().alternateDrug()).isTrue();
            });
    assertThat(forClopidogrel.genes())
        .extracting(PgxGeneResult::gene, PgxGeneResult::phenotype)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CYP2C19", "Poor Metabolizer"));
    assertThat(
            results.latestForDrugs(NHS, List.of("acetaminophen")).orElseThrow().recommendations())
        .isEmpty();
    assertThat(results.latest(NHS).orElseThrow().recommendations())
        .extracting(PgxRecommendation::drug)
        .contains("clopidogrel", "citalopram", "voriconazole");
    audit.flush();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE entity_type = 'pgx-result'"
                        + " AND entity_id = :nhs")
                .param("nhs", NHS.value())
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void aResultForAnUnregisteredPatientIsRefused() throws Exception {
    NhsNumber unknown = new NhsNumber("9434765919");
    assertThatThrownBy(() -> uploads.analyseAndStore(unknown, example2(), Optional.empty(), "x"))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("No patient with NHS number 943 476 5919 is registered");
    assertThat(results.latestForDrugs(unknown, List.of("clopidogrel"))).isEmpty();
  }

  private Path example2() throws Exception {
    Path file = dir.resolve("example2.vcf.gz");
    try (InputStream in =
        getClass().getResourceAsStream("/org/gms/server/analysis/demo/pharmcat.example2.vcf.gz")) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
