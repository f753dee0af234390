package org.gms.genomics.pgx.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A gene's allele definitions, ready for matching: exemptions already applied (ignored positions
 * and alleles removed), the reference allele first.
 *
 * @param gene the gene symbol, for example {@code CYP2C19}
 * @param chromosome the chromosome, as the definitions name it
 * @param genomeBuild the assembly of the positions (GRCh38 patch level as given)
 * @param version the data version of the definitions
 * @param positions the defined positions, in genomic order
 * @param alleles the named alleles; each has one base entry per position; the first is the
 *     reference allele
 * @param coreAlleles maps sub-allele names (such as {@code *45.001}) to the allele they are
 *     reported as (such as {@code *45})
 * @param exemption the gene's exemptions (required positions, priorities, extra positions)
 */
public record GeneDefinition(
    String gene,
    String chromosome,
    String genomeBuild,
    String version,
    List<DefinedPosition> positions,
    List<NamedAllele> alleles,
    Map<String, String> coreAlleles,
    GeneExemption exemption) {

  public GeneDefinition {
    Objects.requireNonNull(gene, "gene");
    positions = List.copyOf(positions);
    alleles = List.copyOf(alleles);
    coreAlleles = Map.copyOf(coreAlleles);
    Objects.requireNonNull(exemption, "exemption");
    if (alleles.isEmpty() || !alleles.get(0).reference()) {
      throw new IllegalArgumentException(gene + ": the first named allele must be the reference");
    }
    for (NamedAllele allele : alleles) {
      if (allele.bases().size() != positions.size()) {
        throw new IllegalArgumentException(
            gene
                + " allele "
                + allele.name()
                + " has "
                + allele.bases().size()
                + " bases for "
                + positions.size()
                + " positions");
      }
    }
  }

  public NamedAllele referenceAllele() {
    return alleles.get(0);
  }

  /** The name an allele is reported under: its core allele for a sub-allele, else itself. */
  public String reportedName(String alleleName) {
    return coreAlleles.getOrDefault(alleleName, alleleName);
  }

  /**
   * This definition without the given variants and alleles (the exemptions' ignore lists); the
   * variants are matched by VCF position and REF ({@link GeneExemption#variantKey}).
   */
  GeneDefinition without(Set<String> positionsToDrop, Set<String> allelesToDrop) {
    List<Integer> kept = new ArrayList<>();
    List<DefinedPosition> keptPositions = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      DefinedPosition position = positions.get(i);
      if (!positionsToDrop.contains(
          GeneExemption.variantKey(position.position(), position.ref()))) {
        kept.add(i);
        keptPositions.add(positions.get(i));
      }
    }
    List<NamedAllele> keptAlleles = new ArrayList<>();
    for (NamedAllele allele : alleles) {
      if (allelesToDrop.contains(allele.name())) {
        continue;
      }
      List<String> bases = new ArrayList<>(kept.size());
      for (int i : kept) {
        bases.add(allele.bases().get(i));
      }
      NamedAllele trimmed = new NamedAllele(allele.name(), allele.id(), allele.reference(), bases);
      // An allele defined only at dropped positions would look like the reference: leave it out.
      if (trimmed.reference() || trimmed.definedCount() > 0) {
        keptAlleles.add(trimmed);
      }
    }
    return new GeneDefinition(
        gene, chromosome, genomeBuild, version, keptPositions, keptAlleles, coreAlleles, exemption);
  }
}
