package org.gms.server.analysis.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.gms.genomics.analysis.AnalysisReport;
import org.gms.genomics.analysis.AnalysisReportHtml;
import org.gms.genomics.analysis.AnalysisReportJson;
import org.gms.genomics.analysis.FamilyAnalysis;
import org.gms.genomics.analysis.PhenotypeMatching;
import org.gms.genomics.interpretation.GeneScope;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisSettings;
import org.gms.server.analysis.PhenotypeAnnotations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** A rare-disease analysis of one run: the genomics core's family analysis on the run's spec. */
@Component
class RareDiseaseJob implements AnalysisJob {

  /**
   * The stored result's field naming every piece of knowledge and code the run used, with its
   * version (as the pharmacogenomic report's {@code dataVersions}).
   */
  static final String DATA_VERSIONS = "dataVersions";

  /**
   * The stored result's field with the ids of the knowledge versions the run used, by source (only
   * {@code HPO}, when the run ranked with annotations imported through knowledge); re-analysis
   * compares against them ({@link org.gms.server.analysis.AnalysisRuns#latestHpoVersions}).
   */
  static final String KNOWLEDGE_VERSION_IDS = "knowledgeVersionIds";

  /** Candidates kept in the stored result; the count of all is kept beside them. */
  static final int STORED_CANDIDATES = 100;

  private final AnnotationResources resources;
  private final AnalysisSettings settings;
  private final ObjectProvider<PhenotypeAnnotations> imported;

  RareDiseaseJob(
      AnnotationResources resources,
      AnalysisSettings settings,
      ObjectProvider<PhenotypeAnnotations> imported) {
    this.resources = resources;
    this.settings = settings;
    this.imported = imported;
  }

  @Override
  public AnalysisKind kind() {
    return AnalysisKind.RARE_DISEASE;
  }

  @Override
  public Result run(long runId, long orderId, RunSpec spec, Path vcf, LongConsumer progress) {
    AnnotationResources.Loaded loaded = resources.get();
    GeneScope scope =
        spec.panel() == null
            ? GeneScope.geneAgnostic()
            : GeneScope.panel(spec.panel().toGenePanel(), false);
    FamilyAnalysis.Builder builder =
        FamilyAnalysis.builder(loaded.annotator(), GenomeBuild.GRCh38, scope)
            .reference(loaded.genome())
            .pedigree(spec.pedigree(orderId))
            .family(spec.familyId(orderId))
            .progress(progress);
    if (settings.clinvar() != null) {
      builder.clinvar(settings.clinvar());
    }
    Map<String, String> versions = new LinkedHashMap<>();
    Map<String, Long> versionIds = new LinkedHashMap<>();
    versions.put("GMS", gmsVersion());
    versions.put("transcripts", loaded.description());
    versions.put(
        "ClinVar",
        settings.clinvar() == null
            ? "none configured (no ClinVar evidence)"
            : settings.clinvar().getFileName().toString());
    if (spec.panel() != null) {
      versions.put("test directory", spec.panel().version());
      versions.put("panel", spec.panel().name());
    } else {
      versions.put("panel", "none (gene-agnostic)");
    }
    if (!spec.hpoTerms().isEmpty()) {
      Optional<PhenotypeAnnotations.Version> hpoVersion =
          Optional.ofNullable(imported.getIfAvailable()).flatMap(PhenotypeAnnotations::latest);
      PhenotypeKnowledge hpo =
          hpoVersion
              .map(PhenotypeAnnotations.Version::knowledge)
              .orElseGet(PhenotypeKnowledge::bundled);
      hpoVersion.ifPresent(v -> versionIds.put("HPO", v.id()));
      versions.put("HPO ontology", hpo.ontology().version());
      versions.put(
          "HPO annotations",
          hpoVersion
              .map(v -> v.label() + " (knowledge version " + v.id() + ")")
              .orElse("bundled with GMS"));
      builder.phenotype(
          new PhenotypeMatching(
              hpo,
              hpoVersion
                  .map(PhenotypeAnnotations.Version::prioritiser)
                  .orElseGet(() -> GenePrioritiser.likelihoodRatio(hpo)),
              PatientPhenotype.resolve(
                  hpo.ontology(),
                  spec.hpoTerms(),
                  java.util.List.of(),
                  PatientPhenotype.UnresolvedIds.SKIP)));
    }
    AnalysisReport report = builder.build().run(vcf);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    AnalysisReportJson.write(report, STORED_CANDIDATES, written);
    ObjectNode json = (ObjectNode) JdbcAnalysisRuns.JSON.readTree(written.toByteArray());
    versions.put("classifier", json.path("guideline").asString());
    String algorithm = json.path("phenotype").path("algorithm").asString("");
    if (!algorithm.isEmpty()) {
      versions.put("phenotype algorithm", algorithm);
    }
    ObjectNode used = json.putObject(DATA_VERSIONS);
    versions.forEach(used::put);
    ObjectNode ids = json.putObject(KNOWLEDGE_VERSION_IDS);
    versionIds.forEach(ids::put);
    var candidates = report.interpretation().candidates();
    String summary =
        candidates.isEmpty()
            ? "no candidate passed the filters and fitted a mode of inheritance"
            : candidates.size()
                + " candidates; first "
                + candidates.get(0).candidate().gene()
                + " ("
                + candidates.get(0).tier()
                + ")";
    return new Result(
        JdbcAnalysisRuns.JSON.writeValueAsString(json),
        AnalysisReportHtml.render(report, STORED_CANDIDATES),
        summary);
  }

  private static String gmsVersion() {
    String version = RareDiseaseJob.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
