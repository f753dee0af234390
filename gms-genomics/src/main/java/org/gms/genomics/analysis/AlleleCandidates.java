package org.gms.genomics.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.genomics.annotation.ClinvarAssertion;
import org.gms.genomics.annotation.Consequence;
import org.gms.genomics.annotation.TranscriptAnnotation;
import org.gms.genomics.annotation.VariantAnnotation;
import org.gms.genomics.interpretation.CandidateVariant;
import org.gms.genomics.interpretation.ReportedClassification;
import org.gms.genomics.interpretation.VcfAnnotations;
import org.gms.genomics.interpretation.acmg.InSilicoScores;
import org.gms.genomics.interpretation.acmg.KnownPathogenicVariant;
import org.gms.genomics.interpretation.acmg.Predictor;
import org.gms.genomics.interpretation.inheritance.FamilyVariant;
import org.gms.genomics.transcript.Accession;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.ManeEntry;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.VcfRecord;

/**
 * Adapts one annotated allele to the interpretation core: one candidate per gene, on the gene's
 * MANE Select transcript; failing that on another version of it (older annotation sets carry
 * earlier versions of the same transcript); failing that on the most severely hit transcript. One
 * transcript per gene keeps a compound heterozygote from pairing an allele with itself.
 */
final class AlleleCandidates {

  /** Population frequency keys annotators write into INFO; the cohort's own AF is not one. */
  static final List<String> FREQUENCY_KEYS =
      List.of(
          "gnomAD_AF_popmax",
          "gnomAD_AF",
          "gnomADe_AF",
          "gnomADg_AF",
          "gnomad_AF",
          "gnomad_popmax_af",
          "AF_popmax",
          "MAX_AF",
          "ExAC_AF",
          "1000Gp3_AF");

  private AlleleCandidates() {}

  static List<CandidateVariant> of(
      VcfRecord record,
      RecordAllele allele,
      VariantAnnotation annotation,
      FamilyVariant family,
      Map<String, List<KnownPathogenicVariant>> knownPathogenic) {
    InSilicoScores scores = VcfAnnotations.scores(record, allele.index());
    var frequency = VcfAnnotations.frequency(record, allele.index(), "VCF INFO", FREQUENCY_KEYS);
    ClinvarAssertion clinvar = annotation.clinvar();
    ReportedClassification reported =
        clinvar == null
            ? null
            : new ReportedClassification("ClinVar", clinvar.significance(), clinvar.reviewStatus());
    List<CandidateVariant> candidates = new ArrayList<>();
    for (TranscriptAnnotation chosen : perGene(annotation.annotations())) {
      CandidateVariant.Builder builder =
          CandidateVariant.builder(allele.variant().orElseThrow(), chosen.gene(), family)
              .transcript(chosen.transcript())
              .hgvs(chosen.hgvsc(), chosen.hgvsp())
              .consequences(terms(chosen.consequences()))
              .filters(record.passed(), record.quality())
              .frequency(frequency)
              .reported(reported)
              .knownPathogenic(knownPathogenic.getOrDefault(chosen.gene(), List.of()));
      if (chosen.exon() != null && !chosen.exon().contains("-")) {
        builder.exon(chosen.exon());
      }
      for (Predictor predictor : Predictor.values()) {
        scores.score(predictor).ifPresent(value -> builder.score(predictor, value));
      }
      candidates.add(builder.build());
    }
    return candidates;
  }

  /** The transcript to interpret for each gene hit, in the annotator's order. */
  static List<TranscriptAnnotation> perGene(List<TranscriptAnnotation> annotations) {
    Map<String, TranscriptAnnotation> chosen = new LinkedHashMap<>();
    for (TranscriptAnnotation annotation : annotations) {
      if (annotation.gene() == null) {
        continue;
      }
      TranscriptAnnotation current = chosen.get(annotation.gene());
      if (current == null || better(annotation, current)) {
        chosen.put(annotation.gene(), annotation);
      }
    }
    return List.copyOf(chosen.values());
  }

  private static boolean better(TranscriptAnnotation candidate, TranscriptAnnotation current) {
    if (candidate.maneSelect() != current.maneSelect()) {
      return candidate.maneSelect();
    }
    boolean candidateMane = maneSelectBase(candidate);
    if (candidateMane != maneSelectBase(current)) {
      return candidateMane;
    }
    return candidate.mostSevere().compareTo(current.mostSevere()) < 0;
  }

  /** Whether the transcript is a version of a MANE Select transcript, whichever version. */
  private static boolean maneSelectBase(TranscriptAnnotation annotation) {
    if (annotation.transcript() == null) {
      return false;
    }
    Accession unversioned =
        new Accession(Accession.parse(annotation.transcript()).base(), Accession.NO_VERSION);
    return GeneCatalog.bundled().mane(unversioned).filter(ManeEntry::select).isPresent();
  }

  private static Set<String> terms(List<Consequence> consequences) {
    return consequences.stream().map(Consequence::term).collect(Collectors.toSet());
  }
}
