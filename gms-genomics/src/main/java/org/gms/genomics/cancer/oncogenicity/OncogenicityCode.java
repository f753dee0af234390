package org.gms.genomics.cancer.oncogenicity;

/**
 * The evidence codes of Horak et al. 2022 (Table 2) at their default strength, with the points of
 * the standard: very strong 8, strong 4, moderate 2, supporting 1; benign negative.
 */
public enum OncogenicityCode {
  OVS1(8, "Null variant in a bona fide tumour suppressor gene"),
  OS1(4, "Same amino acid change as a previously established oncogenic variant"),
  OS2(4, "Well-established functional studies show an oncogenic effect"),
  OS3(
      4,
      "Hotspot: >=50 samples with a somatic variant at the residue, >=10 with the same amino acid change"),
  OM1(2, "Located in a critical and well-established part of a functional domain"),
  OM2(
      2,
      "Protein length change: in-frame indel in an oncogene or tumour suppressor, or stop-loss in a tumour suppressor"),
  OM3(
      2,
      "Hotspot: <50 samples with a somatic variant at the residue, >=10 with the same amino acid change"),
  OM4(2, "Missense at a residue where a different missense variant is established as oncogenic"),
  OP1(1, "Computational evidence supports a damaging effect"),
  OP2(1, "Somatic variant in a gene of a malignancy with a single genetic aetiology"),
  OP3(1, "Hotspot residue with <10 samples with the same amino acid change"),
  OP4(1, "Absent from population databases"),
  SBVS1(-8, "Minor allele frequency above 5% in a population database"),
  SBS1(-4, "Minor allele frequency above 1% in a population database"),
  SBS2(-4, "Well-established functional studies show no oncogenic effect"),
  SBP1(-1, "Computational evidence suggests no impact"),
  SBP2(-1, "Synonymous (silent) or intronic change outside the splice consensus");

  private final int points;
  private final String meaning;

  OncogenicityCode(int points, String meaning) {
    this.points = points;
    this.meaning = meaning;
  }

  public int points() {
    return points;
  }

  public String meaning() {
    return meaning;
  }
}
