package org.gms.server.analysis.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.gms.genomics.pgx.PgxReport;
import org.gms.genomics.pgx.report.PgxReportJson;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.PgxResults;
import org.springframework.stereotype.Component;

/**
 * A pharmacogenomic analysis of one run: the proband's sample of the VCF called and matched to the
 * CPIC/DPWG guidelines, the report stored with the run and in the patient's record (where
 * prescribing decision support reads it).
 */
@Component
class PharmacogenomicJob implements AnalysisJob {

  private final PharmacogenomicAnalysis analysis;
  private final PgxResults results;

  PharmacogenomicJob(PharmacogenomicAnalysis analysis, PgxResults results) {
    this.analysis = analysis;
    this.results = results;
  }

  @Override
  public AnalysisKind kind() {
    return AnalysisKind.PHARMACOGENOMICS;
  }

  @Override
  public Result run(long runId, long orderId, RunSpec spec, Path vcf, LongConsumer progress) {
    RunSpec.Person proband = spec.people().get(0);
    String input = "analysis run " + runId;
    PgxReport report = analysis.analyse(vcf, Optional.of(proband.sample()), input);
    results.store(new NhsNumber(proband.nhsNumber()), report, input);
    return new Result(
        PgxReportJson.toString(report),
        null,
        "pharmacogenomic result stored in the patient's record");
  }
}
