package org.gms.genomics.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gms.genomics.GenomicsException;

/**
 * Likelihood ratios for the evidence beyond human disease annotations, calibrated on published
 * cases rather than added as raw scores.
 *
 * <p>For one patient, every gene's mouse score (and network score) is turned into a <em>bin</em>:
 * {@code 0} the gene has no data of that kind, {@code 1} it has data but nothing matches, then the
 * share of genes with data that score at least as high ({@link #TOP}: top 0.5%, 2%, 5%, 15%, 40%,
 * the rest). The likelihood ratio of a bin is {@code P(bin | causative gene) / P(bin | other
 * gene)}, counted on the tuning half of the published cases, separately for genes with human
 * annotations (stratum 0) and without (stratum 1). For genes with human annotations the "other
 * gene" side can be weighted by each gene's human posterior, so that the ratio says what mouse data
 * add among the genes the human annotations already favour (they are not independent of it).
 *
 * <p>The prior kind corrects the prior that summing a gene's diseases implies (each disease equally
 * likely, so a gene with more diseases is likelier), by the gene's number of 2023-annotated
 * diseases: 1, 2, 3-4, 5-9, 10 or more. The offset is the log10 prior of a gene without human
 * annotations relative to an annotated gene's per-disease prior, from how often the causative gene
 * lacks annotations in the tuning half.
 */
public final class EvidenceCalibration {

  /** The kinds of calibrated evidence. */
  public enum Kind {
    MOUSE,
    NETWORK,
    PRIOR
  }

  /** Upper edges of the percentile bins 2.. (share of genes with data scoring at least as high). */
  static final double[] TOP = {0.005, 0.02, 0.05, 0.15, 0.40, 1.0};

  /** Bins per kind and stratum: no data, no match, and one per {@link #TOP} edge. */
  public static final int BINS = 2 + TOP.length;

  private static final String BUNDLED = "evidence-calibration.tsv";

  private final String name;
  private final double[][][] log10Ratio;
  private final double unannotatedOffset;

  EvidenceCalibration(String name, double[][][] log10Ratio, double unannotatedOffset) {
    this.name = name;
    this.log10Ratio = log10Ratio;
    this.unannotatedOffset = unannotatedOffset;
  }

  /** No evidence beyond the human annotations: every ratio 1. */
  public static EvidenceCalibration none() {
    return new EvidenceCalibration(
        "none", new double[Kind.values().length][2][BINS], Double.NEGATIVE_INFINITY);
  }

  /**
   * The calibration shipped with the product: fitted by {@code ./gms benchmark phenopackets} on the
   * tuning half of phenopacket-store 0.1.27 with the 2023-01-27 HPO annotations.
   */
  public static EvidenceCalibration bundled() {
    try (InputStream in = EvidenceCalibration.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new GenomicsException("The bundled " + BUNDLED + " is missing; rebuild");
      }
      return parse(TextInput.open(in), "bundled " + BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the table {@link #table()} writes. */
  public static EvidenceCalibration parse(BufferedReader in, String source) throws IOException {
    double[][][] ratios = new double[Kind.values().length][2][BINS];
    String name = source;
    double offset = Double.NEGATIVE_INFINITY;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.startsWith("#name\t")) {
        name = line.substring(6);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f[0].equals("offset")) {
          offset = Double.parseDouble(f[1]);
          continue;
        }
        Kind kind = Kind.valueOf(f[0]);
        int stratum = Integer.parseInt(f[1]);
        for (int b = 0; b < BINS; b++) {
          ratios[kind.ordinal()][stratum][b] = Double.parseDouble(f[2 + b]);
        }
      } catch (RuntimeException e) {
        throw new GenomicsException(
            source
                + " line "
                + lineNumber
                + ": expected kind, stratum (0 or 1) and "
                + BINS
                + " log10 ratios, or 'offset' and a number; got: "
                + line);
      }
    }
    return new EvidenceCalibration(name, ratios, offset);
  }

  /** The table as text (header comments, one row per kind and stratum, the offset). */
  public String table() {
    StringBuilder out = new StringBuilder("#name\t" + name + "\n");
    out.append("#kind\tstratum(0=annotated,1=not)\tno_data\tno_match");
    for (double top : TOP) {
      out.append(String.format(Locale.ROOT, "\ttop%.1f%%", 100 * top));
    }
    out.append('\n');
    for (Kind kind : Kind.values()) {
      for (int stratum = 0; stratum < 2; stratum++) {
        out.append(kind).append('\t').append(stratum);
        for (double value : log10Ratio[kind.ordinal()][stratum]) {
          out.append(String.format(Locale.ROOT, "\t%.3f", value));
        }
        out.append('\n');
      }
    }
    out.append(String.format(Locale.ROOT, "offset\t%.3f%n", unannotatedOffset));
    return out.toString();
  }

  public String name() {
    return name;
  }

  /** log10 likelihood ratio of the bin. */
  public double log10Ratio(Kind kind, boolean annotated, int bin) {
    return log10Ratio[kind.ordinal()][annotated ? 0 : 1][bin];
  }

  /** log10 prior of an unannotated gene relative to one disease share of an annotated gene. */
  public double unannotatedOffset() {
    return unannotatedOffset;
  }

  /** A copy without one kind of evidence (its ratios all 1), to measure what each adds. */
  public EvidenceCalibration without(Kind kind) {
    double[][][] copy = new double[log10Ratio.length][2][];
    for (int k = 0; k < copy.length; k++) {
      for (int s = 0; s < 2; s++) {
        copy[k][s] = k == kind.ordinal() ? new double[BINS] : log10Ratio[k][s].clone();
      }
    }
    return new EvidenceCalibration(name + " without " + kind, copy, unannotatedOffset);
  }

  /** One published case for fitting: the patient's terms and the causative gene. */
  public record TuningCase(PatientPhenotype patient, Gene causative) {}

  /** A fitted calibration with the counts behind it. */
  public record Fit(EvidenceCalibration calibration, String counts, int cases) {}

  /**
   * Fits the ratios on tuning cases (run in parallel), twice: with the other annotated genes
   * counted equally ({@code name + " random"}), and weighted by their human posterior ({@code name
   * + " weighted"}). Cases whose gene has no data of any kind are skipped.
   */
  public static List<Fit> fit(
      String name,
      PhenotypeKnowledge knowledge,
      org.gms.genomics.phenotype.modelorganism.MouseModels mouse,
      org.gms.genomics.phenotype.network.InteractionNetwork network,
      List<TuningCase> cases) {
    CrossSpeciesPrioritiser prioritiser =
        new CrossSpeciesPrioritiser(knowledge, mouse, network, none());
    Fitter random = new Fitter();
    Fitter weighted = new Fitter();
    cases.parallelStream()
        .forEach(c -> prioritiser.observe(c.patient(), c.causative(), random, weighted));
    List<Fit> fits = new ArrayList<>();
    for (Fitter fitter : List.of(random, weighted)) {
      String label = name + (fitter == random ? " random" : " weighted");
      fits.add(
          new Fit(
              fitter.fit(label, prioritiser.annotatedShares(), prioritiser.unannotatedGenes()),
              fitter.counts(),
              fitter.cases()));
    }
    return fits;
  }

  /** The bin of a percentile: share of genes with data scoring at least as high (0 to 1]. */
  static int percentileBin(double share) {
    for (int i = 0; i < TOP.length; i++) {
      if (share <= TOP[i]) {
        return 2 + i;
      }
    }
    return BINS - 1;
  }

  /** The prior bin of an annotated gene from its number of diseases. */
  static int diseaseCountBin(int diseases) {
    return diseases <= 1 ? 2 : diseases == 2 ? 3 : diseases <= 4 ? 4 : diseases <= 9 ? 5 : 6;
  }

  /**
   * Counts bins on tuning cases and turns them into ratios: {@code ((c_b + 0.5) / (C + 0.5 BINS)) /
   * (d_b / D)}, c the causative genes' bins, d the (weighted) other genes' bins.
   */
  public static final class Fitter {
    private final double[][][] causal = new double[Kind.values().length][2][BINS];
    private final double[][][] other = new double[Kind.values().length][2][BINS];
    private final int[] causalCases = new int[2];
    private int cases;

    /** One case: the causative gene's stratum and the cases' total. */
    synchronized void addCase(boolean causalAnnotated) {
      cases++;
      causalCases[causalAnnotated ? 0 : 1]++;
    }

    synchronized void addCausal(Kind kind, boolean annotated, int bin) {
      causal[kind.ordinal()][annotated ? 0 : 1][bin]++;
    }

    /** Another gene's bin with its weight (weights of one case and stratum summing to 1). */
    synchronized void addOther(Kind kind, boolean annotated, double[] binWeights) {
      double[] row = other[kind.ordinal()][annotated ? 0 : 1];
      for (int b = 0; b < BINS; b++) {
        row[b] += binWeights[b];
      }
    }

    public int cases() {
      return cases;
    }

    /**
     * @param annotatedShares the summed disease shares of all annotated genes (the number of
     *     diseases with a gene)
     * @param unannotatedGenes how many ranked genes have no human annotation
     */
    EvidenceCalibration fit(String name, double annotatedShares, int unannotatedGenes) {
      double[][][] ratios = new double[Kind.values().length][2][BINS];
      for (int k = 0; k < ratios.length; k++) {
        for (int s = 0; s < 2; s++) {
          double c = Arrays.stream(causal[k][s]).sum();
          double d = Arrays.stream(other[k][s]).sum();
          if (c == 0 || d == 0) {
            continue;
          }
          for (int b = 0; b < BINS; b++) {
            if (other[k][s][b] == 0) {
              continue;
            }
            double p = (causal[k][s][b] + 0.5) / (c + 0.5 * BINS);
            double q = other[k][s][b] / d;
            ratios[k][s][b] = Math.log10(p / q);
          }
        }
      }
      double annotatedShare = (causalCases[0] + 0.5) / (cases + 1.0);
      double unannotatedShare = (causalCases[1] + 0.5) / (cases + 1.0);
      double offset =
          Math.log10(unannotatedShare / Math.max(1, unannotatedGenes))
              - Math.log10(annotatedShare / annotatedShares);
      return new EvidenceCalibration(name, ratios, offset);
    }

    /** Counts per kind, stratum and bin, for the benchmark's printout. */
    public String counts() {
      List<String> lines = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        for (int s = 0; s < 2; s++) {
          lines.add(
              kind
                  + " stratum "
                  + s
                  + " causative "
                  + Arrays.toString(causal[kind.ordinal()][s])
                  + " others "
                  + Arrays.toString(
                      Arrays.stream(other[kind.ordinal()][s])
                          .map(v -> Math.round(v * 10) / 10.0)
                          .toArray()));
        }
      }
      return String.join("\n", lines);
    }
  }
}
