package org.gms.genomics.phenotype;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which terms each annotated gene's annotations imply (every annotation of its diseases and the
 * ancestors of each), to tell how far any ranking that matches a patient's terms to the annotations
 * can place a gene. When another gene's annotations imply every observed term the gene's imply and
 * at least one more, the gene is dominated: a ranking could place it above the other gene only on
 * grounds other than which of the patient's findings the annotations explain (frequencies, features
 * the patient lacks). The benchmark uses it to show how much of a miss is the ranking's and how
 * much is the annotations'.
 */
public final class TermCoverage {

  private final HpoOntology ontology;
  private final BitSet[] implied;
  private final Map<Gene, Integer> geneIndex = new HashMap<>();

  private TermCoverage(PhenotypeKnowledge knowledge) {
    ontology = knowledge.ontology();
    BitSet[] byDisease = new BitSet[knowledge.diseaseCount()];
    for (int d = 0; d < byDisease.length; d++) {
      byDisease[d] = new BitSet(ontology.size());
      for (int term : knowledge.termsOf(d)) {
        for (int ancestor : ontology.ancestorsOf(term)) {
          byDisease[d].set(ancestor);
        }
      }
    }
    List<Gene> genes = knowledge.genes();
    implied = new BitSet[genes.size()];
    for (int g = 0; g < implied.length; g++) {
      implied[g] = new BitSet(ontology.size());
      for (int d : knowledge.diseasesOfGene(g)) {
        implied[g].or(byDisease[d]);
      }
      geneIndex.put(genes.get(g), g);
    }
  }

  /** Builds the coverage of every annotated gene (about a second for the full annotations). */
  public static TermCoverage of(PhenotypeKnowledge knowledge) {
    return new TermCoverage(knowledge);
  }

  /**
   * How many other annotated genes imply every observed term of the patient that this gene's
   * annotations imply, and at least one more; 0 when the gene is not dominated.
   *
   * @throws IllegalArgumentException if the gene has no annotations
   */
  public int dominatingGenes(Gene gene, PatientPhenotype patient) {
    Integer own = geneIndex.get(gene);
    if (own == null) {
      throw new IllegalArgumentException(gene.symbol() + " has no phenotype annotations");
    }
    int[] terms =
        patient.observed().stream().mapToInt(ontology::index).filter(t -> t >= 0).toArray();
    BitSet mine = explained(own, terms);
    int count = 0;
    for (int other = 0; other < implied.length; other++) {
      if (other == own) {
        continue;
      }
      BitSet theirs = explained(other, terms);
      if (theirs.cardinality() > mine.cardinality() && covers(theirs, mine)) {
        count++;
      }
    }
    return count;
  }

  /** The positions in {@code terms} that the gene's annotations imply. */
  private BitSet explained(int gene, int[] terms) {
    BitSet result = new BitSet(terms.length);
    for (int i = 0; i < terms.length; i++) {
      if (implied[gene].get(terms[i])) {
        result.set(i);
      }
    }
    return result;
  }

  private static boolean covers(BitSet superset, BitSet subset) {
    BitSet missing = (BitSet) subset.clone();
    missing.andNot(superset);
    return missing.isEmpty();
  }
}
