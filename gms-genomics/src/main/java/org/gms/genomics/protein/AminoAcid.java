package org.gms.genomics.protein;

import java.util.Optional;

/**
 * The amino acids with their one-letter and HGVS three-letter codes: the one table that annotation
 * (writing p. descriptions), interpretation (reading them) and the cancer inputs (CIViC and
 * cBioPortal's short forms such as {@code V600E}) share. {@link #XAA} is an unknown residue and
 * {@link #TER} a stop.
 */
public enum AminoAcid {
  ALA('A', "Ala"),
  ARG('R', "Arg"),
  ASN('N', "Asn"),
  ASP('D', "Asp"),
  CYS('C', "Cys"),
  GLN('Q', "Gln"),
  GLU('E', "Glu"),
  GLY('G', "Gly"),
  HIS('H', "His"),
  ILE('I', "Ile"),
  LEU('L', "Leu"),
  LYS('K', "Lys"),
  MET('M', "Met"),
  PHE('F', "Phe"),
  PRO('P', "Pro"),
  SER('S', "Ser"),
  THR('T', "Thr"),
  TRP('W', "Trp"),
  TYR('Y', "Tyr"),
  VAL('V', "Val"),
  SEC('U', "Sec"),
  TER('*', "Ter"),
  XAA('X', "Xaa");

  private static final AminoAcid[] BY_LETTER = new AminoAcid[128];

  static {
    for (AminoAcid aa : values()) {
      BY_LETTER[aa.oneLetter] = aa;
    }
  }

  private final char oneLetter;
  private final String threeLetter;

  AminoAcid(char oneLetter, String threeLetter) {
    this.oneLetter = oneLetter;
    this.threeLetter = threeLetter;
  }

  /** The one-letter code, {@code *} for a stop. */
  public char oneLetter() {
    return oneLetter;
  }

  /** The HGVS three-letter code, {@code Ter} for a stop. */
  public String threeLetter() {
    return threeLetter;
  }

  /** The amino acid of a one-letter code ({@code *} is a stop), if it is one. */
  public static Optional<AminoAcid> ofOneLetter(char code) {
    return Optional.ofNullable(code < BY_LETTER.length ? BY_LETTER[code] : null);
  }

  /** The amino acid of an HGVS three-letter code such as {@code Arg} (exact case), if it is one. */
  public static Optional<AminoAcid> ofThreeLetter(String code) {
    for (AminoAcid aa : values()) {
      if (aa.threeLetter.equals(code)) {
        return Optional.of(aa);
      }
    }
    return Optional.empty();
  }

  /** The three-letter code of a translated residue; {@code Xaa} for a letter that is none. */
  public static String threeLetter(char oneLetter) {
    return ofOneLetter(oneLetter).orElse(XAA).threeLetter;
  }

  /** A translated peptide (one letter a residue) in three-letter codes. */
  public static String threeLetter(CharSequence peptide) {
    StringBuilder out = new StringBuilder(peptide.length() * 3);
    for (int i = 0; i < peptide.length(); i++) {
      out.append(threeLetter(peptide.charAt(i)));
    }
    return out.toString();
  }
}
