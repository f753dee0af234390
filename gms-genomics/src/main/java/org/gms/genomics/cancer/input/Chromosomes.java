package org.gms.genomics.cancer.input;

/** Chromosome names compared in every spelling ({@code chr7} = {@code 7}, {@code chrM} = MT). */
public final class Chromosomes {
  private Chromosomes() {}

  public static String plain(String chromosome) {
    String c = chromosome.startsWith("chr") ? chromosome.substring(3) : chromosome;
    return c.equals("M") ? "MT" : c;
  }
}
