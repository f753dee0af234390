package org.gms.server.oncology.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.biomarker.Territory;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.input.CopyNumberCall;
import org.gms.genomics.cancer.input.CopyNumberReader;
import org.gms.genomics.cancer.input.Fusion;
import org.gms.genomics.cancer.input.FusionReader;
import org.gms.genomics.cancer.input.MafReader;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.input.TumourVcfReader;
import org.gms.genomics.cancer.input.VcfInputSettings;
import org.gms.genomics.cancer.report.SomaticReportHtml;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.server.GmsException;
import org.gms.server.LeasedRunWorker;
import org.gms.server.LeasedRuns;
import org.gms.server.LeasedRuns.Claim;
import org.gms.server.analysis.AnalysisSettings;
import org.gms.server.database.DatabaseSettings;
import org.gms.server.ordering.OrderCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes queued somatic runs one at a time, as the analysis worker does its runs: a run is claimed
 * for a lease, a run whose lease ran out (its server stopped) is taken up again as the next
 * attempt, and only the attempt holding the claim stores its result, in the transaction that moves
 * the order on to interpretation.
 */
@Component
class SomaticWorker extends LeasedRunWorker {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final SomaticRuns runs;
  private final OrderCases orders;
  private final Map<Double, SomaticAnalysis> analyses = new ConcurrentHashMap<>();

  SomaticWorker(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      SomaticRuns runs,
      OrderCases orders,
      AnalysisSettings settings,
      DatabaseSettings database) {
    super(
        "gms-somatic-worker",
        new LeasedRuns(jdbc, "somatic_run", "case_id", null),
        "Somatic",
        settings::lease,
        database.embedded());
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.runs = runs;
    this.orders = orders;
  }

  @Override
  protected void run(Claim claim) {
    SomaticSpec spec = SomaticRuns.JSON.readValue(claim.spec(), SomaticSpec.class);
    SomaticReport report = analyse(spec);
    SomaticResult result = SomaticResult.of(report);
    String summary =
        result.findings().stream().filter(SomaticResult.Item::actionable).count()
            + " tier I/II of "
            + result.findings().size()
            + " findings";
    complete(
        claim,
        SomaticRuns.JSON.writeValueAsString(result),
        SomaticReportHtml.render(report),
        summary);
  }

  /** Runs the engine on the spec's files. */
  SomaticReport analyse(SomaticSpec spec) {
    SomaticAnalysis analysis =
        analyses.computeIfAbsent(
            spec.targetMb() == null ? 0.0 : spec.targetMb(),
            mb ->
                SomaticAnalysis.create(
                    mb == 0.0
                        ? SomaticSettings.bundled()
                        : SomaticSettings.bundled()
                            .withTmb(
                                TmbDefinition.CBIOPORTAL_NONSYNONYMOUS,
                                Territory.ofMegabases(mb, "the test's territory"))));
    var type = CaseStore.tumourType(spec.oncotreeCode());
    TumourSample sample;
    List<Fusion> fusions = new java.util.ArrayList<>();
    if (spec.tumourVcf() != null) {
      TumourVcfReader reader =
          new TumourVcfReader(
              VcfInputSettings.defaults()
                  .withSamples(spec.tumourSampleName(), spec.normalSampleName()));
      sample = reader.read(runs.resolve(spec.tumourVcf()), VcfReadOptions.defaults(), null);
      fusions.addAll(reader.breakendFusions());
    } else {
      List<TumourSample> samples = MafReader.read(runs.resolve(spec.maf()));
      if (samples.size() != 1) {
        throw new GmsException(
            "The MAF holds "
                + samples.size()
                + " tumour samples; upload the MAF of this case's tumour alone.");
      }
      sample = samples.get(0);
    }
    List<CopyNumberCall> calls = List.of();
    if (spec.cna() != null) {
      Map<String, List<CopyNumberCall>> bySample =
          CopyNumberReader.read(runs.resolve(spec.cna()), "GRCh38");
      calls = only(bySample, sample.name(), "copy-number");
    }
    if (spec.fusions() != null) {
      fusions.addAll(
          only(
              FusionReader.read(runs.resolve(spec.fusions())).bySample(), sample.name(), "fusion"));
    }
    return analysis.analyse(sample, type, calls, fusions);
  }

  /** The sample's calls: under its name, or the file's only sample. */
  private static <T> List<T> only(Map<String, List<T>> bySample, String name, String what) {
    if (bySample.containsKey(name)) {
      return bySample.get(name);
    }
    if (bySample.size() == 1) {
      return bySample.values().iterator().next();
    }
    throw new GmsException(
        "The " + what + " file has samples " + bySample.keySet() + " but not '" + name + "'.");
  }

  private void complete(Claim claim, String json, String html, String summary) {
    transactions.executeWithoutResult(
        status -> {
          if (queue().succeed(claim, json, html, summary)) {
            Long order =
                jdbc.sql("SELECT order_id FROM cancer_case WHERE id = :id")
                    .param("id", claim.owner())
                    .query(Long.class)
                    .single();
            orders.analysisFinished(order, "somatic run " + claim.id());
          }
        });
  }
}
