package org.gms.server.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gms.server.GmsException;

/** Starts analyses of orders and reads them; as the logged-in laboratory scientist. */
public interface AnalysisRuns {

  /**
   * Queues an analysis of the order's VCF and moves the order to analysis.
   *
   * @param vcf a path relative to the analysis data directory ({@code gms.analysis.data-dir})
   * @param samples VCF sample name by NHS number; may be empty when the VCF has one sample, the
   *     proband's
   * @param geneAgnostic look at every gene rather than the test's panels
   * @throws org.gms.server.GmsException when the order, the file or the samples do not fit
   */
  AnalysisRun start(
      long orderId,
      AnalysisKind kind,
      String vcf,
      Map<String, String> samples,
      boolean geneAgnostic);

  /**
   * Stores a VCF (plain or bgzip) in the analysis data directory and returns its name there, for
   * {@link #start}. The header is read to check it is a VCF.
   *
   * @param fileName the file's own name, ending in .vcf or .vcf.gz
   */
  String storeVcf(java.io.InputStream vcf, String fileName);

  Optional<AnalysisRun> find(long id);

  /**
   * The run, which the user must be able to see.
   *
   * @throws GmsException of kind NOT_FOUND when there is none or the user may not see it
   */
  default AnalysisRun get(long id) {
    return find(id)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND, "No analysis run " + id + " that you can see."));
  }

  List<AnalysisRun> forOrder(long orderId);

  /** The result as JSON (rare disease: the ranked candidates; PGx: the report). */
  Optional<String> resultJson(long id);

  /**
   * The panel of the latest finished rare-disease run of every order that has one (gene-agnostic
   * runs have none), by order id. For system jobs (re-analysis): no user check, the caller audits.
   */
  Map<Long, RunPanel> latestPanels();

  /**
   * The HPO annotations the latest finished rare-disease run of every order ranked its phenotype
   * with, by order id: the knowledge version id when they were imported through knowledge, empty
   * when they were the ones bundled with GMS (as every run before the version was recorded). For
   * system jobs (re-analysis): no user check, the caller audits.
   */
  Map<Long, OptionalLong> latestHpoVersions();

  /**
   * Every succeeded run as its {@link RunSucceeded} event, oldest first, for features that catch up
   * on events they may have missed (a stop between a run's commit and its listeners). For system
   * work: no user check, the caller audits.
   */
  java.util.List<RunSucceeded> succeeded();

  /** The result as a self-contained HTML page. */
  Optional<String> resultHtml(long id);
}
