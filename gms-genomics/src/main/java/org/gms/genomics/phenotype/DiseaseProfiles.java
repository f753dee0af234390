package org.gms.genomics.phenotype;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Every disease's phenotype profile for the likelihood-ratio model, laid out flat so that scoring a
 * patient reads each profile once: the terms a disease implies (its annotations and their phenotype
 * ancestors, ascending, from {@code start[d]} to {@code start[d + 1]}), the probability that a
 * patient with the disease shows each (the stated frequency, else the highest of the annotations
 * below), and whether the term is itself annotated. Per term, the background probability over all
 * annotated diseases and the share of diseases implying it.
 *
 * @param start where each disease's profile begins (one more entry than diseases)
 * @param term the profile terms
 * @param probability the weighted probability of each profile term
 * @param direct whether each profile term is itself annotated to the disease
 * @param annotationMass per disease, the summed probability of its annotated terms
 * @param background per term, the mean probability over annotated diseases (capped)
 * @param implying per term, the share of annotated diseases whose profile has it
 */
record DiseaseProfiles(
    int[] start,
    int[] term,
    double[] probability,
    boolean[] direct,
    double[] annotationMass,
    double[] background,
    double[] implying) {

  /**
   * @param weight turns an annotation frequency (NaN when none is given) into the probability used
   * @param maxBackground cap of the background probabilities, so that excluding a near-universal
   *     term stays finite
   */
  static DiseaseProfiles of(
      PhenotypeKnowledge knowledge, DoubleUnaryOperator weight, double maxBackground) {
    HpoOntology ontology = knowledge.ontology();
    int terms = ontology.size();
    int diseases = knowledge.diseaseCount();
    Builder builder = new Builder(ontology, weight);
    Profile[] profiles = new Profile[diseases];
    int[] start = new int[diseases + 1];
    for (int d = 0; d < diseases; d++) {
      profiles[d] = builder.build(knowledge.termsOf(d), knowledge.frequenciesOf(d));
      start[d + 1] = start[d] + profiles[d].terms().length;
    }
    int total = start[diseases];
    int[] term = new int[total];
    double[] probability = new double[total];
    boolean[] direct = new boolean[total];
    double[] annotationMass = new double[diseases];
    double[] background = new double[terms];
    double[] implying = new double[terms];
    int annotatedDiseases = 0;
    for (int d = 0; d < diseases; d++) {
      Profile profile = profiles[d];
      int n = profile.terms().length;
      System.arraycopy(profile.terms(), 0, term, start[d], n);
      System.arraycopy(profile.probability(), 0, probability, start[d], n);
      System.arraycopy(profile.direct(), 0, direct, start[d], n);
      for (int i = 0; i < n; i++) {
        background[profile.terms()[i]] += profile.probability()[i];
        implying[profile.terms()[i]] += 1;
        annotationMass[d] += profile.direct()[i] ? profile.probability()[i] : 0;
      }
      annotatedDiseases += n > 0 ? 1 : 0;
    }
    for (int t = 0; t < terms; t++) {
      background[t] = Math.min(maxBackground, background[t] / Math.max(1, annotatedDiseases));
      implying[t] = implying[t] / Math.max(1, annotatedDiseases);
    }
    return new DiseaseProfiles(
        start, term, probability, direct, annotationMass, background, implying);
  }

  /** Terms implied by a disease (ascending), the probability of each, and whether it is stated. */
  private record Profile(int[] terms, double[] probability, boolean[] direct) {}

  /** Builds profiles with reusable dense scratch arrays (construction only, one thread). */
  private static final class Builder {
    private final HpoOntology ontology;
    private final DoubleUnaryOperator weight;
    private final boolean[] phenotype;
    private final double[] implied;
    private final double[] stated;
    private final boolean[] direct;
    private final int[] seenIn;
    private final int[] touched;
    private int stamp;

    Builder(HpoOntology ontology, DoubleUnaryOperator weight) {
      this.ontology = ontology;
      this.weight = weight;
      int terms = ontology.size();
      phenotype = new boolean[terms];
      for (int t = 0; t < terms; t++) {
        phenotype[t] = ontology.isPhenotypeTerm(t);
      }
      implied = new double[terms];
      stated = new double[terms];
      direct = new boolean[terms];
      seenIn = new int[terms];
      touched = new int[terms];
      Arrays.fill(seenIn, -1);
    }

    Profile build(int[] annotations, double[] frequencies) {
      stamp++;
      int count = 0;
      for (int i = 0; i < annotations.length; i++) {
        double frequency = weight.applyAsDouble(frequencies[i]);
        for (int ancestor : ontology.ancestorsOf(annotations[i])) {
          if (!phenotype[ancestor]) {
            continue;
          }
          if (seenIn[ancestor] != stamp) {
            seenIn[ancestor] = stamp;
            touched[count++] = ancestor;
            implied[ancestor] = 0;
            stated[ancestor] = Double.NaN;
            direct[ancestor] = false;
          }
          implied[ancestor] = Math.max(implied[ancestor], frequency);
          if (ancestor == annotations[i]) {
            direct[ancestor] = true;
            stated[ancestor] = Double.isNaN(frequencies[i]) ? Double.NaN : frequency;
          }
        }
      }
      int[] terms = Arrays.copyOf(touched, count);
      Arrays.sort(terms);
      double[] probability = new double[count];
      boolean[] isDirect = new boolean[count];
      for (int i = 0; i < count; i++) {
        int term = terms[i];
        probability[i] = Double.isNaN(stated[term]) ? implied[term] : stated[term];
        isDirect[i] = direct[term];
      }
      return new Profile(terms, probability, isDirect);
    }
  }
}
