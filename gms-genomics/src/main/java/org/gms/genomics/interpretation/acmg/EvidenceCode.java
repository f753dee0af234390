package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.Direction.BENIGN;
import static org.gms.genomics.interpretation.acmg.Direction.PATHOGENIC;
import static org.gms.genomics.interpretation.acmg.Strength.MODERATE;
import static org.gms.genomics.interpretation.acmg.Strength.STAND_ALONE;
import static org.gms.genomics.interpretation.acmg.Strength.STRONG;
import static org.gms.genomics.interpretation.acmg.Strength.SUPPORTING;
import static org.gms.genomics.interpretation.acmg.Strength.VERY_STRONG;

/**
 * The 28 criteria of Richards et al. 2015 (Genet Med 17:405, Tables 3 and 4), each with its
 * direction and default strength; the summaries are ours.
 */
public enum EvidenceCode {
  PVS1(PATHOGENIC, VERY_STRONG, "null variant in a gene where loss of function causes disease"),
  PS1(PATHOGENIC, STRONG, "same amino-acid change as an established pathogenic variant"),
  PS2(PATHOGENIC, STRONG, "de novo, maternity and paternity confirmed"),
  PS3(PATHOGENIC, STRONG, "well-established functional studies show a damaging effect"),
  PS4(PATHOGENIC, STRONG, "prevalence in affected individuals well above controls"),
  PM1(PATHOGENIC, MODERATE, "in a mutational hot spot or critical functional domain"),
  PM2(PATHOGENIC, MODERATE, "absent from controls, or extremely rare for a recessive disease"),
  PM3(PATHOGENIC, MODERATE, "for a recessive disease, in trans with a pathogenic variant"),
  PM4(PATHOGENIC, MODERATE, "protein length change: in-frame indel outside repeats, or stop-loss"),
  PM5(PATHOGENIC, MODERATE, "new missense change at a residue where another is pathogenic"),
  PM6(PATHOGENIC, MODERATE, "assumed de novo, parentage not confirmed"),
  PP1(PATHOGENIC, SUPPORTING, "co-segregation with disease in affected family members"),
  PP2(PATHOGENIC, SUPPORTING, "missense in a gene with few benign missense variants"),
  PP3(PATHOGENIC, SUPPORTING, "computational evidence of a deleterious effect"),
  PP4(PATHOGENIC, SUPPORTING, "phenotype or family history highly specific for the gene"),
  PP5(PATHOGENIC, SUPPORTING, "reputable source reports it pathogenic (withdrawn by ClinGen)"),
  BA1(BENIGN, STAND_ALONE, "allele frequency above 5% in a large population"),
  BS1(BENIGN, STRONG, "allele frequency greater than expected for the disorder"),
  BS2(BENIGN, STRONG, "seen in a healthy adult with full penetrance expected"),
  BS3(BENIGN, STRONG, "well-established functional studies show no damaging effect"),
  BS4(BENIGN, STRONG, "lack of segregation in affected family members"),
  BP1(BENIGN, SUPPORTING, "missense in a gene where only truncating variants cause disease"),
  BP2(BENIGN, SUPPORTING, "in trans with a pathogenic variant (dominant) or in cis (any)"),
  BP3(BENIGN, SUPPORTING, "in-frame indel in a repeat without known function"),
  BP4(BENIGN, SUPPORTING, "computational evidence of no impact"),
  BP5(BENIGN, SUPPORTING, "found in a case with another molecular cause"),
  BP6(BENIGN, SUPPORTING, "reputable source reports it benign (withdrawn by ClinGen)"),
  BP7(BENIGN, SUPPORTING, "synonymous (or deep intronic) with no predicted splicing impact");

  private final Direction direction;
  private final Strength defaultStrength;
  private final String summary;

  EvidenceCode(Direction direction, Strength defaultStrength, String summary) {
    this.direction = direction;
    this.defaultStrength = defaultStrength;
    this.summary = summary;
  }

  public Direction direction() {
    return direction;
  }

  public Strength defaultStrength() {
    return defaultStrength;
  }

  public String summary() {
    return summary;
  }
}
