package org.gms.server.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.interpretation.acmg.AcmgClass;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.server.ordering.TestOrder;
import org.gms.server.record.ClassificationSource;
import org.gms.server.record.NewClassification;
import org.gms.server.record.RecordedVariant;
import tools.jackson.databind.JsonNode;

/**
 * The classifications a report gives its variants, for the patient's record: each variant of each
 * reported candidate with the scientist's final class (for a compound heterozygote, both variants
 * take the candidate's class), the computed evidence, and the guideline that computed it.
 */
final class ReportedClassifications {

  private ReportedClassifications() {}

  /** The key of a variant of a stored candidate (its GRCh38 chrom, pos, ref and alt). */
  static VariantKey key(JsonNode variant, VariantNormaliser normaliser) {
    return VariantKey.of(
        GenomeBuild.GRCh38,
        SequenceVariant.of(
            variant.path("chrom").asString(),
            variant.path("pos").asLong(),
            variant.path("ref").asString(),
            variant.path("alt").asString()),
        normaliser);
  }

  static List<NewClassification> of(
      TestOrder order, JsonNode reported, ReferenceGenome reference, ClassificationSource source) {
    VariantNormaliser normaliser = VariantNormaliser.using(reference);
    String proband = null;
    List<NewClassification> classifications = new ArrayList<>();
    for (JsonNode candidate : reported) {
      proband = candidate.path("proband").asString();
      // Reportable checked the final class when the scientist gave it
      AcmgClass finalClass =
          AcmgClass.fromAbbreviation(candidate.path("finalClass").asString()).orElseThrow();
      for (JsonNode variant : candidate.path("variants")) {
        VariantKey key = key(variant, normaliser);
        String computed = variant.at("/acmg/class").asString();
        String guideline = variant.at("/acmg/guideline").asString();
        classifications.add(
            new NewClassification(
                order.patient(),
                order.id(),
                new RecordedVariant(
                    key,
                    candidate.path("gene").asString(),
                    variant.path("transcript").asString(),
                    variant.path("hgvsc").asString(),
                    variant.path("hgvsp").asString()),
                variant.path("genotypes").path(proband).asString(),
                finalClass,
                variant.at("/acmg/evidence").toString(),
                computed.equals(finalClass.abbreviation())
                    ? guideline
                    : guideline
                        + "; computed "
                        + computed
                        + ", scientist's class "
                        + finalClass.abbreviation(),
                candidate.path("comment").asString(),
                source));
      }
    }
    return classifications;
  }
}
