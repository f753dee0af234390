package org.gms.genomics.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.Consequence;
import org.gms.genomics.annotation.TranscriptAnnotation;
import org.gms.genomics.interpretation.GeneScope;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.interpretation.acmg.KnownPathogenicVariant;
import org.gms.genomics.protein.ProteinChange;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;

/**
 * The known pathogenic missense changes that PS1 and PM5 compare a candidate with: ClinVar's
 * Pathogenic and Likely pathogenic records with at least one review star (criteria provided, not
 * conflicting), annotated by the same annotator on the transcript the candidates use, so that the
 * residue numbers agree. Only genes in the analysis's scope are read.
 */
final class ClinvarMissense {

  private ClinvarMissense() {}

  static Map<String, List<KnownPathogenicVariant>> read(
      Path clinvarVcf, Annotator annotator, GenomeBuild build, GeneScope scope) {
    Map<String, List<KnownPathogenicVariant>> byGene = new HashMap<>();
    VcfReadOptions options = VcfReadOptions.defaults().withBuild(build).withLenient(true);
    try (VcfReader reader = VcfReader.open(clinvarVcf, options)) {
      for (VcfRecord record : reader) {
        Optional<AcmgClass> acmgClass = pathogenicClass(record);
        if (acmgClass.isEmpty()
            || !record.info("MC").orElse("").contains("missense_variant")
            || !reviewed(record.info("CLNREVSTAT").orElse(""))
            || !anyGeneInScope(record.info("GENEINFO").orElse(""), scope)) {
          continue;
        }
        for (RecordAllele allele : record.alleles()) {
          if (allele.variant().isEmpty()) {
            continue;
          }
          var annotation = annotator.annotate(allele.variant().get(), record.id());
          for (TranscriptAnnotation chosen : AlleleCandidates.perGene(annotation.annotations())) {
            Optional<ProteinChange> change = ProteinChange.parse(chosen.hgvsp());
            if (chosen.consequences().contains(Consequence.MISSENSE_VARIANT)
                && scope.includes(chosen.gene())
                && change.isPresent()
                && change.get().isMissense()) {
              byGene
                  .computeIfAbsent(chosen.gene(), g -> new ArrayList<>())
                  .add(
                      new KnownPathogenicVariant(
                          change.get(), chosen.hgvsc(), acmgClass.get(), "ClinVar " + record.id()));
            }
          }
        }
      }
    }
    return byGene;
  }

  /** CLNSIG Pathogenic, Likely_pathogenic or Pathogenic/Likely_pathogenic (taken as LP). */
  private static Optional<AcmgClass> pathogenicClass(VcfRecord record) {
    String significance = record.info("CLNSIG").orElse("").toLowerCase(Locale.ROOT);
    return switch (significance) {
      case "pathogenic" -> Optional.of(AcmgClass.PATHOGENIC);
      case "likely_pathogenic", "pathogenic/likely_pathogenic" ->
          Optional.of(AcmgClass.LIKELY_PATHOGENIC);
      default -> Optional.empty();
    };
  }

  /** One star or more: criteria provided without conflict, expert panel or practice guideline. */
  private static boolean reviewed(String reviewStatus) {
    return reviewStatus.startsWith("criteria_provided") && !reviewStatus.contains("conflicting")
        || reviewStatus.startsWith("reviewed_by_expert_panel")
        || reviewStatus.startsWith("practice_guideline");
  }

  /** GENEINFO lists {@code SYMBOL:GeneID} pairs separated by {@code |}. */
  private static boolean anyGeneInScope(String geneInfo, GeneScope scope) {
    for (String pair : geneInfo.split("\\|")) {
      int colon = pair.indexOf(':');
      if (colon > 0 && scope.includes(pair.substring(0, colon))) {
        return true;
      }
    }
    return false;
  }
}
