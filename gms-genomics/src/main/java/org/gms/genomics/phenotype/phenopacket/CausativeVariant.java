package org.gms.genomics.phenotype.phenopacket;

/**
 * A causative variant as a phenopacket's {@code variationDescriptor} records it: the gene, the HGVS
 * expressions, the structural type for chromosomal changes, and the allelic state. Absent fields
 * are empty strings.
 *
 * @param geneSymbol {@code geneContext.symbol}
 * @param hgncId {@code geneContext.valueId}, for example HGNC:3689
 * @param hgvsC the {@code hgvs.c} expression (coding or non-coding transcript), with its transcript
 * @param hgvsP the {@code hgvs.p} expression, with its protein accession
 * @param hgvsG the {@code hgvs.g} expression
 * @param structuralType {@code structuralType.label}, for example chromosomal_deletion
 * @param allelicState {@code allelicState.label}: heterozygous, homozygous or hemizygous
 */
public record CausativeVariant(
    String geneSymbol,
    String hgncId,
    String hgvsC,
    String hgvsP,
    String hgvsG,
    String structuralType,
    String allelicState) {

  public CausativeVariant {
    geneSymbol = orEmpty(geneSymbol);
    hgncId = orEmpty(hgncId);
    hgvsC = orEmpty(hgvsC);
    hgvsP = orEmpty(hgvsP);
    hgvsG = orEmpty(hgvsG);
    structuralType = orEmpty(structuralType);
    allelicState = orEmpty(allelicState);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  /** The consequence class read from the recorded HGVS and structural type. */
  public VariantConsequence consequence() {
    return VariantConsequence.of(this);
  }

  /** The shortest faithful label: protein change, else transcript change, else genomic. */
  public String label() {
    for (String text : new String[] {hgvsP, hgvsC, hgvsG, structuralType}) {
      if (!text.isEmpty() && !text.endsWith("p.?")) {
        return text;
      }
    }
    return hgvsC.isEmpty() ? "unspecified variant" : hgvsC;
  }
}
