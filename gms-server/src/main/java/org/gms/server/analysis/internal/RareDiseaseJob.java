package org.gms.server.analysis.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.gms.server.analysis.AnalysisSettings;
import org.springframework.stereotype.Component;

/** A rare-disease analysis of one run: the genomics core's family analysis on the run's spec. */
@Component
class RareDiseaseJob {

  /** Candidates kept in the stored result; the count of all is kept beside them. */
  static final int STORED_CANDIDATES = 100;

  private final AnnotationResources resources;
  private final AnalysisSettings settings;

  RareDiseaseJob(AnnotationResources resources, AnalysisSettings settings) {
    this.resources = resources;
    this.settings = settings;
  }

  record Result(String json, String html, String summary) {}

  Result run(long orderId, RunSpec spec, Path vcf, LongConsumer progress) {
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
    if (!spec.hpoTerms().isEmpty()) {
      PhenotypeKnowledge hpo = PhenotypeKnowledge.bundled();
      builder.phenotype(
          new PhenotypeMatching(
              hpo,
              GenePrioritiser.likelihoodRatio(hpo),
              PatientPhenotype.resolve(
                  hpo.ontology(),
                  spec.hpoTerms(),
                  java.util.List.of(),
                  PatientPhenotype.UnresolvedIds.SKIP)));
    }
    AnalysisReport report = builder.build().run(vcf);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    AnalysisReportJson.write(report, STORED_CANDIDATES, json);
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
        json.toString(StandardCharsets.UTF_8),
        AnalysisReportHtml.render(report, STORED_CANDIDATES),
        summary);
  }
}
