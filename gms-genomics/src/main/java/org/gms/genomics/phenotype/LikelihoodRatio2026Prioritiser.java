package org.gms.genomics.phenotype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phenotype likelihood-ratio model, 2026 version. For a disease D it asks how much more likely
 * the patient's record is if the patient has D than if the patient has a randomly chosen annotated
 * disease, as a product of per-term ratios (see {@code docs/phenotype.md} for the derivation):
 *
 * <ul>
 *   <li>{@code p_D(t)}: probability that a patient with D shows term t, for t an annotation of D or
 *       an ancestor of one: the frequency stated for t itself if there is one, else the highest
 *       frequency of the annotations below t (they often describe the same patients, so they are
 *       not combined as independent). Frequencies enter damped (see {@link #FREQUENCY_EXPONENT}).
 *   <li>{@code bg(t)}: the mean of {@code p_D(t)} over all annotated diseases.
 *   <li>observed q: {@code r = max(p_D(q)/bg(q); p_D(a)/bg(a) for annotations a above q; RELATED *
 *       p_D(c)/bg(c) for the other ancestors c of q that D implies)} and {@code LR =
 *       (1-UNEXPLAINED) r + UNEXPLAINED}; a NOT annotation of D on q or above it makes {@code LR =
 *       UNEXPLAINED}.
 *   <li>excluded x: {@code P = (1-UNEXPLAINED) p + UNEXPLAINED bg(x)} with p the probability D
 *       shows x (as above, without related matches; 0 under a NOT annotation), and {@code LR =
 *       (c_D(x) * (1-P)/(1-bg(x)))^EXCLUDED_WEIGHT}, where {@code c_D(x)} is how much likelier x is
 *       to have been checked at all when it is a feature of D ({@link #ASCERTAINMENT}).
 *   <li>features of D the patient does not show: {@code exp(-UNREPORTED * sum of p_D(a))} over the
 *       annotations a of D that are not at or above an observed term.
 * </ul>
 *
 * <p>A gene's likelihood ratio is the sum of its diseases', each divided by the number of genes the
 * disease is linked to: every disease is equally likely before the phenotype is seen, and a disease
 * linked to k genes (an Orphanet group, a contiguous deletion) is caused by any one of them, so
 * each gets 1/k of it. Only terms strictly below Phenotypic abnormality are matched on. Observed
 * terms are reduced to the most specific ones (an ancestor adds nothing its descendant does not
 * say), excluded terms to the most general ones, and an excluded term that is an ancestor of an
 * observed one is dropped as contradictory.
 *
 * <p>The constants were checked on the tuning half of the published cases (phenopacket-store ids
 * with an even hash, with both the 2023 and the current annotations); {@link #UNEXPLAINED} and
 * {@link #FREQUENCY_EXPONENT} changed. Figures on the held-out half and the variants measured worse
 * on the tuning half are in {@code docs/phenotype.md}: among them a gene scored as its best disease
 * instead of the sum (7 points of top-1 lower with the 2023 annotations once ties are broken
 * against the gene: genes sharing a disease tie), or as the mean, no frequency weighting, no
 * penalty for unreported features, ignoring excluded terms, and down-weighting patient terms from
 * the same organ system as correlated.
 */
final class LikelihoodRatio2026Prioritiser implements GenePrioritiser {

  /**
   * Chance that an observed term is not explained by the disease's annotations: the annotations are
   * incomplete (in the 2023 release about half of a published patient's terms are not annotated to
   * the patient's disease), patients have other conditions, and records are imprecise. It is the
   * floor of every observed term's likelihood ratio. 0.6 from the tuning half (0.4 there: 0.3
   * points lower top-1 and 1.3 lower top-10 with the 2023 annotations, 0.6 lower top-1 with the
   * current).
   */
  static final double UNEXPLAINED = 0.6;

  /**
   * Weight of a match that only shares an ancestor with the disease's annotations (a ventricular
   * septal defect against a disease annotated with an atrial one): the disease is known to affect
   * that part of the body, but was described with a different finding.
   */
  static final double RELATED = 0.25;

  /** Frequency assumed for an annotation without one. */
  static final double UNKNOWN_FREQUENCY = 0.5;

  /**
   * Frequencies are used as {@code f^0.75}: they are estimates from small and differently selected
   * cohorts, and used at full strength they let the precision of a disease's curation (counts from
   * one family versus "frequent") outweigh the match itself; damped too far (0.5 and below) they
   * let diseases annotated with hundreds of rare features (1 of 29 patients) win on those. 0.75
   * from the tuning half (0.5: 0.7 points lower top-1 with the 2023 annotations, 0.8 with the
   * current; 1.0: 0.2 lower with the 2023 annotations).
   */
  static final double FREQUENCY_EXPONENT = 0.75;

  /**
   * Per unit of frequency, how strongly a disease feature absent from the patient's record counts
   * against the disease: a case report mentions only some of a patient's features, so an absent
   * feature is weak evidence, but a disease with many frequent features the patient does not show
   * is less likely than a disease whose features the patient shows.
   */
  static final double UNREPORTED = 0.1;

  /**
   * How much likelier a feature is to be recorded as excluded when it belongs to the disease in
   * question: clinicians and curators record as absent the features they checked, and they check
   * the features of the suspected disease. Without this, every carefully examined patient would
   * count against the true diagnosis.
   */
  static final double ASCERTAINMENT = 3.0;

  /**
   * Excluded terms count as a quarter of independent evidence each: they come in lists (a checked
   * panel of features) whose items are strongly correlated.
   */
  static final double EXCLUDED_WEIGHT = 0.25;

  /** Caps background frequencies so that excluding a near-universal term stays finite. */
  private static final double MAX_BACKGROUND = 0.99;

  private static final double LN10 = Math.log(10);

  private final PhenotypeKnowledge knowledge;
  private final HpoOntology ontology;
  private final DiseaseProfiles profiles;
  private final double[] log10GenesOfDisease;

  LikelihoodRatio2026Prioritiser(PhenotypeKnowledge knowledge) {
    this.knowledge = knowledge;
    this.ontology = knowledge.ontology();
    this.profiles =
        DiseaseProfiles.of(
            knowledge,
            f -> Math.pow(Double.isNaN(f) ? UNKNOWN_FREQUENCY : f, FREQUENCY_EXPONENT),
            MAX_BACKGROUND);
    log10GenesOfDisease = log10GenesOfDisease(knowledge);
  }

  @Override
  public String algorithm() {
    return "likelihood-ratio-2026";
  }

  @Override
  public Ranking rank(PatientPhenotype patient) {
    Query query = new Query(patient);
    int diseases = knowledge.diseaseCount();
    double[] diseaseScores = new double[diseases];
    Scratch scratch = query.scratch();
    for (int d = 0; d < diseases; d++) {
      diseaseScores[d] = query.score(d, scratch, null) / LN10;
    }
    int genes = knowledge.genes().size();
    double[] geneScores = new double[genes];
    for (int g = 0; g < genes; g++) {
      geneScores[g] = log10SharedSum(knowledge.diseasesOfGene(g), diseaseScores);
    }
    return new Ranking(
        knowledge, geneScores, diseaseScores, query.unannotatedScore() / LN10, query::explain);
  }

  private static double[] log10GenesOfDisease(PhenotypeKnowledge knowledge) {
    double[] genes = new double[knowledge.diseaseCount()];
    for (int g = 0; g < knowledge.genes().size(); g++) {
      for (int d : knowledge.diseasesOfGene(g)) {
        genes[d]++;
      }
    }
    for (int d = 0; d < genes.length; d++) {
      genes[d] = Math.log10(Math.max(1, genes[d]));
    }
    return genes;
  }

  /**
   * log10 of the sum over the given diseases of 10^score divided by the disease's gene count,
   * without overflow.
   */
  private double log10SharedSum(int[] diseases, double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (int d : diseases) {
      max = Math.max(max, scores[d] - log10GenesOfDisease[d]);
    }
    double sum = 0;
    for (int d : diseases) {
      sum += Math.pow(10, scores[d] - log10GenesOfDisease[d] - max);
    }
    return max + Math.log10(sum);
  }

  /** Per-disease working arrays, one set per thread. */
  private record Scratch(double[] value, boolean[] direct, boolean[] negated) {}

  /** What the explanation needs to know about each term's best match. */
  private record Trace(int[] slot, boolean[] flagged, double[] ratio, double[] unreported) {}

  /**
   * One patient's terms laid out for fast scoring: the union of their ancestors is numbered into
   * "slots", so that a disease's profile is read once per disease, not once per term.
   */
  private final class Query {
    private final int[] terms;
    private final int observedCount;
    private final int[] slotOf;
    private final int[] slotTerm;
    private final boolean[] observedSlot;
    private final int[][] termSlots;
    private final int[] selfSlot;

    Query(PatientPhenotype patient) {
      PatientTerms reduced = PatientTerms.of(ontology, patient);
      int[] observed = reduced.observed();
      int[] excluded = reduced.excluded();
      terms = new int[observed.length + excluded.length];
      System.arraycopy(observed, 0, terms, 0, observed.length);
      System.arraycopy(excluded, 0, terms, observed.length, excluded.length);
      observedCount = observed.length;
      slotOf = new int[ontology.size()];
      Arrays.fill(slotOf, -1);
      IntList slots = new IntList();
      IntList observedSlots = new IntList();
      termSlots = new int[terms.length][];
      selfSlot = new int[terms.length];
      for (int j = 0; j < terms.length; j++) {
        IntList mine = new IntList();
        for (int ancestor : ontology.ancestorsOf(terms[j])) {
          if (!ontology.isPhenotypeTerm(ancestor)) {
            continue;
          }
          if (slotOf[ancestor] < 0) {
            slotOf[ancestor] = slots.size();
            slots.add(ancestor);
          }
          mine.add(slotOf[ancestor]);
          if (j < observedCount) {
            observedSlots.add(slotOf[ancestor]);
          }
        }
        termSlots[j] = mine.toArray();
        selfSlot[j] = slotOf[terms[j]];
      }
      slotTerm = slots.toArray();
      observedSlot = new boolean[slotTerm.length];
      for (int slot : observedSlots.toArray()) {
        observedSlot[slot] = true;
      }
    }

    Scratch scratch() {
      int n = slotTerm.length;
      return new Scratch(new double[n], new boolean[n], new boolean[n]);
    }

    /** Natural log of the disease's likelihood ratio; fills the trace when one is given. */
    double score(int disease, Scratch scratch, Trace trace) {
      double[] value = scratch.value();
      boolean[] direct = scratch.direct();
      boolean[] negated = scratch.negated();
      Arrays.fill(value, 0.0);
      Arrays.fill(direct, false);
      Arrays.fill(negated, false);
      for (int i = profiles.start()[disease]; i < profiles.start()[disease + 1]; i++) {
        int slot = slotOf[profiles.term()[i]];
        if (slot >= 0) {
          value[slot] = profiles.probability()[i];
          direct[slot] = profiles.direct()[i];
        }
      }
      for (int term : knowledge.excludedOf(disease)) {
        int slot = slotOf[term];
        if (slot >= 0) {
          negated[slot] = true;
        }
      }
      double shown = 0;
      for (int slot = 0; slot < value.length; slot++) {
        shown += direct[slot] && observedSlot[slot] ? value[slot] : 0;
      }
      double unreported = -UNREPORTED * Math.max(0, profiles.annotationMass()[disease] - shown);
      double total = unreported;
      for (int j = 0; j < terms.length; j++) {
        boolean excluded = j >= observedCount;
        int bestSlot = -1;
        boolean againstNot = false;
        double best = 0;
        double bg = profiles.background()[terms[j]];
        for (int slot : termSlots[j]) {
          againstNot |= negated[slot];
          if (value[slot] <= 0) {
            continue;
          }
          double candidate;
          if (excluded) {
            candidate =
                slot == selfSlot[j]
                    ? value[slot]
                    : direct[slot] ? value[slot] * bg / profiles.background()[slotTerm[slot]] : 0;
          } else {
            candidate = value[slot] / profiles.background()[slotTerm[slot]];
            candidate *= slot == selfSlot[j] || direct[slot] ? 1 : RELATED;
          }
          if (candidate > best) {
            best = candidate;
            bestSlot = slot;
          }
        }
        double ratio;
        if (!excluded) {
          ratio = againstNot ? UNEXPLAINED : (1 - UNEXPLAINED) * best + UNEXPLAINED;
        } else {
          double present =
              againstNot ? UNEXPLAINED * bg : (1 - UNEXPLAINED) * best + UNEXPLAINED * bg;
          double checked =
              (1 + ASCERTAINMENT * (best > 0 ? 1 : 0))
                  / (1 + ASCERTAINMENT * profiles.implying()[terms[j]]);
          ratio = Math.pow(checked * (1 - present) / (1 - bg), EXCLUDED_WEIGHT);
        }
        if (trace != null) {
          trace.slot()[j] = bestSlot;
          trace.flagged()[j] = againstNot;
          trace.ratio()[j] = ratio;
        }
        total += Math.log(ratio);
      }
      if (trace != null) {
        trace.unreported()[0] = unreported;
      }
      return total;
    }

    /** The natural-log score of a gene without annotations: every observed term unexplained. */
    double unannotatedScore() {
      double total = observedCount * Math.log(UNEXPLAINED);
      for (int j = observedCount; j < terms.length; j++) {
        double bg = profiles.background()[terms[j]];
        double checked = 1 / (1 + ASCERTAINMENT * profiles.implying()[terms[j]]);
        total += EXCLUDED_WEIGHT * Math.log(checked * (1 - UNEXPLAINED * bg) / (1 - bg));
      }
      return total;
    }

    DiseaseMatch explain(int disease) {
      int n = terms.length;
      Trace trace = new Trace(new int[n], new boolean[n], new double[n], new double[1]);
      Scratch scratch = scratch();
      double score = score(disease, scratch, trace) / LN10;
      List<TermMatch> matches = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        matches.add(describe(disease, j, trace, scratch));
      }
      return new DiseaseMatch(
          knowledge.diseaseIdAt(disease),
          knowledge.diseaseNameAt(disease),
          score,
          matches,
          trace.unreported()[0] / LN10);
    }

    private TermMatch describe(int disease, int j, Trace trace, Scratch scratch) {
      int term = terms[j];
      boolean excluded = j >= observedCount;
      int slot = trace.slot()[j];
      MatchKind kind;
      int diseaseTerm = -1;
      double frequency =
          slot >= 0 ? Math.pow(scratch.value()[slot], 1 / FREQUENCY_EXPONENT) : Double.NaN;
      if (trace.flagged()[j]) {
        kind = excluded ? MatchKind.EXCLUDED_AS_EXPECTED : MatchKind.CONTRADICTED;
        diseaseTerm = negatedAbove(disease, term);
        frequency = 0;
      } else if (slot < 0) {
        kind = excluded ? MatchKind.EXCLUDED_NOT_EXPECTED : MatchKind.NOT_EXPLAINED;
      } else if (slot == selfSlot[j]) {
        diseaseTerm = mostFrequentAnnotationBelow(disease, term);
        kind =
            excluded
                ? MatchKind.EXCLUDED_BUT_EXPECTED
                : diseaseTerm == term ? MatchKind.EXACT : MatchKind.DISEASE_TERM_MORE_SPECIFIC;
      } else {
        diseaseTerm = slotTerm[slot];
        kind =
            excluded
                ? MatchKind.EXCLUDED_BUT_EXPECTED
                : scratch.direct()[slot] ? MatchKind.PATIENT_TERM_MORE_SPECIFIC : MatchKind.RELATED;
      }
      return new TermMatch(
          ontology.termAt(term),
          ontology.nameAt(term),
          excluded,
          kind,
          diseaseTerm < 0 ? null : ontology.termAt(diseaseTerm),
          diseaseTerm < 0 ? "" : ontology.nameAt(diseaseTerm),
          frequency,
          Math.log10(trace.ratio()[j]));
    }

    private int negatedAbove(int disease, int term) {
      for (int negated : knowledge.excludedOf(disease)) {
        if (ontology.isAncestor(negated, term)) {
          return negated;
        }
      }
      return -1;
    }

    /** The annotation at or below the term that implies it most strongly (itself if stated). */
    private int mostFrequentAnnotationBelow(int disease, int term) {
      int[] annotations = knowledge.termsOf(disease);
      double[] frequencies = knowledge.frequenciesOf(disease);
      int best = -1;
      double bestFrequency = -1;
      for (int i = 0; i < annotations.length; i++) {
        if (!ontology.isAncestor(term, annotations[i])) {
          continue;
        }
        double frequency =
            annotations[i] == term
                ? Double.POSITIVE_INFINITY
                : Double.isNaN(frequencies[i]) ? UNKNOWN_FREQUENCY : frequencies[i];
        if (frequency > bestFrequency) {
          best = annotations[i];
          bestFrequency = frequency;
        }
      }
      return best;
    }
  }
}
