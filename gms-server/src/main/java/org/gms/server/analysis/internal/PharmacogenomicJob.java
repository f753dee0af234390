package org.gms.server.analysis.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.gms.genomics.pgx.PgxAnalyser;
import org.gms.genomics.pgx.PgxReport;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader.VcfGenotypes;
import org.gms.genomics.pgx.report.PgxReportJson;
import org.gms.server.GmsException;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.PgxResults;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A pharmacogenomic analysis of one run: the proband's sample of the VCF called and matched to the
 * CPIC/DPWG guidelines, the report stored with the run and in the patient's record (where
 * prescribing decision support reads it).
 */
@Component
class PharmacogenomicJob implements AnalysisJob {

  private final ObjectProvider<PgxAnalyser> analyser;
  private final PgxResults results;

  PharmacogenomicJob(ObjectProvider<PgxAnalyser> analyser, PgxResults results) {
    this.analyser = analyser;
    this.results = results;
  }

  @Override
  public AnalysisKind kind() {
    return AnalysisKind.PHARMACOGENOMICS;
  }

  @Override
  public Result run(long runId, long orderId, RunSpec spec, Path vcf, LongConsumer progress) {
    RunSpec.Person proband = spec.people().get(0);
    PgxAnalyser pgx = analyser.getObject();
    VcfGenotypes read = new VcfGenotypeReader(pgx.positions()).read(vcf, proband.sample()::equals);
    if (read.samples().size() != 1) {
      throw new GmsException(
          "Sample '"
              + proband.sample()
              + "' is not in the VCF; its samples are "
              + read.sampleNames()
              + ".");
    }
    String input = "analysis run " + runId;
    PgxReport report = pgx.analyse(read.samples().get(0), List.of(), input, read.warnings());
    results.store(new NhsNumber(proband.nhsNumber()), report, input);
    return new Result(
        PgxReportJson.toString(report),
        null,
        "pharmacogenomic result stored in the patient's record");
  }
}
