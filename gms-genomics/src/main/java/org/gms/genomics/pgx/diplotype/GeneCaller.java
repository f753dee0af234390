package org.gms.genomics.pgx.diplotype;

import java.util.Map;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.genotype.SampleGenotypes;

/** Calls one gene's diplotypes from a sample's genotypes. Instances are thread-safe. */
public interface GeneCaller {

  String gene();

  GeneCall call(SampleGenotypes sample);

  /**
   * Named-allele matching: every combination of named alleles that explains the genotypes is scored
   * by how many defined positions its alleles account for, and every top-scoring one is reported.
   */
  static GeneCaller namedAlleles(GeneDefinition definition) {
    return namedAlleles(definition, false);
  }

  /**
   * Named-allele matching; with {@code undocumentedAsReference}, an allele no definition uses at a
   * defined position is read as the reference allele (noted) instead of stopping the call.
   */
  static GeneCaller namedAlleles(GeneDefinition definition, boolean undocumentedAsReference) {
    return new NamedAlleleCaller(new CompiledGene(definition, undocumentedAsReference));
  }

  /**
   * CPIC's rule for genes defined variant by variant (DPYD): each variant allele found is counted,
   * and the diplotype is the two lowest-function ones (per gene copy when phased).
   *
   * @param activityValues the activity value of each named allele (the CPIC function table)
   */
  static GeneCaller lowestFunction(GeneDefinition definition, Map<String, Double> activityValues) {
    return lowestFunction(definition, activityValues, true);
  }

  /** The lowest-function rule, choosing how undocumented alleles are read (see above). */
  static GeneCaller lowestFunction(
      GeneDefinition definition,
      Map<String, Double> activityValues,
      boolean undocumentedAsReference) {
    return new Cpic2017LowestFunctionCaller(
        new CompiledGene(definition, undocumentedAsReference), activityValues);
  }
}
