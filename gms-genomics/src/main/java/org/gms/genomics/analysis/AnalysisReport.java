package org.gms.genomics.analysis;

import java.util.List;
import java.util.Optional;
import org.gms.genomics.interpretation.InterpretationResult;
import org.gms.genomics.interpretation.inheritance.Family;
import org.gms.genomics.reference.GenomeBuild;

/**
 * What an analysis found and what it was based on.
 *
 * @param vcf the VCF's file name
 * @param family the family analysed, with its proband and sequenced members
 * @param warnings pedigree warnings, skipped records and header repairs, for the reader to weigh
 * @param phenotype the phenotype ranking, when HPO terms were given
 */
public record AnalysisReport(
    String vcf,
    GenomeBuild build,
    Family family,
    List<String> warnings,
    Counts counts,
    Optional<PhenotypeMatching.Result> phenotype,
    InterpretationResult interpretation) {

  public AnalysisReport {
    warnings = List.copyOf(warnings);
  }

  /**
   * How the input narrowed down.
   *
   * @param records VCF records read
   * @param alleles ALT alleles in them
   * @param carried sequence alleles carried by a sequenced family member (these were annotated)
   * @param candidates allele-gene candidates given to the interpretation
   * @param outsideGenes carried alleles that hit no gene
   */
  public record Counts(
      long records, long alleles, long carried, long candidates, long outsideGenes) {}
}
