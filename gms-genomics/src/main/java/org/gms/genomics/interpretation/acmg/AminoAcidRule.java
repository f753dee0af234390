package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.PM5;
import static org.gms.genomics.interpretation.acmg.EvidenceCode.PS1;

import java.util.List;
import java.util.stream.Collectors;
import org.gms.genomics.protein.ProteinChange;

/**
 * PS1 and PM5 from known pathogenic missense changes of the gene (Richards et al. 2015), with the
 * UK ACGS 2020 strengths: PS1 when the same amino-acid change is pathogenic (moderate if only
 * likely pathogenic); PM5 when another missense change at the residue is pathogenic, strong when
 * two or more different ones are, supporting when only likely pathogenic ones are. PS1 and PM5 are
 * not combined. A known variant with the same nucleotide change is this variant, not PS1 evidence.
 * Splicing effects of the reference variants and Grantham distances are not assessed.
 */
final class AminoAcidRule implements CriterionRule {

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    ProteinChange change = facts.proteinChange();
    if (!Consequences.any(facts, Consequences.MISSENSE) || change == null || !change.isMissense()) {
      String reason =
          change == null && Consequences.any(facts, Consequences.MISSENSE)
              ? (facts.haplotype() == null
                  ? "the protein change is unknown"
                  : "the joint change is not one amino acid for another")
              : "not a missense variant";
      findings.skip(PS1, reason);
      findings.skip(PM5, reason);
      return;
    }
    if (facts.knownPathogenic().isEmpty()) {
      String reason = "no known pathogenic variants of " + gene(facts) + " were given";
      findings.skip(PS1, reason);
      findings.skip(PM5, reason);
      return;
    }
    List<KnownPathogenicVariant> sameChange =
        facts.knownPathogenic().stream()
            .filter(k -> k.proteinChange().sameResidue(change))
            .filter(k -> k.proteinChange().alternate().equals(change.alternate()))
            .filter(k -> !sameNucleotide(k, facts))
            .toList();
    if (!sameChange.isEmpty()) {
      boolean pathogenic = sameChange.stream().anyMatch(k -> k.acmgClass() == AcmgClass.PATHOGENIC);
      findings.apply(
          PS1,
          pathogenic ? Strength.STRONG : Strength.MODERATE,
          change
              + " is the amino-acid change of "
              + describe(sameChange)
              + ", by a different nucleotide change");
      findings.skip(PM5, "PS1 applies; PM5 is not combined with it");
      return;
    }
    findings.skip(PS1, "no known pathogenic variant with " + change);
    List<KnownPathogenicVariant> sameResidue =
        facts.knownPathogenic().stream()
            .filter(k -> k.proteinChange().sameResidue(change) && k.proteinChange().isMissense())
            .filter(k -> !k.proteinChange().alternate().equals(change.alternate()))
            .toList();
    long pathogenicAlternates =
        sameResidue.stream()
            .filter(k -> k.acmgClass() == AcmgClass.PATHOGENIC)
            .map(k -> k.proteinChange().alternate())
            .distinct()
            .count();
    if (sameResidue.isEmpty()) {
      findings.skip(
          PM5, "no known pathogenic missense change at " + change.reference() + change.position());
    } else if (pathogenicAlternates >= 2) {
      findings.apply(
          PM5,
          Strength.STRONG,
          "two or more pathogenic missense changes at the residue: " + describe(sameResidue));
    } else if (pathogenicAlternates == 1) {
      findings.apply(
          PM5,
          Strength.MODERATE,
          "a pathogenic missense change at the residue: " + describe(sameResidue));
    } else {
      findings.apply(
          PM5,
          Strength.SUPPORTING,
          "only likely pathogenic missense changes at the residue: " + describe(sameResidue));
    }
  }

  private static boolean sameNucleotide(KnownPathogenicVariant known, VariantFacts facts) {
    if (known.nucleotideChange() == null || facts.hgvsc() == null) {
      return false;
    }
    return cPart(known.nucleotideChange()).equals(cPart(facts.hgvsc()));
  }

  private static String cPart(String hgvs) {
    int c = hgvs.indexOf("c.");
    return c < 0 ? hgvs : hgvs.substring(c);
  }

  private static String describe(List<KnownPathogenicVariant> known) {
    return known.stream()
        .map(k -> k.proteinChange() + " (" + k.acmgClass().abbreviation() + ", " + k.source() + ")")
        .collect(Collectors.joining(", "));
  }

  private static String gene(VariantFacts facts) {
    return facts.gene() == null ? "the gene" : facts.gene();
  }
}
