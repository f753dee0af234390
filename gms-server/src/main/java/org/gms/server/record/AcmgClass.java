package org.gms.server.record;

import java.util.Locale;
import org.gms.server.GmsException;

/** The five ACMG/AMP classes, as the record stores them. */
public enum AcmgClass {
  P("Pathogenic"),
  LP("Likely pathogenic"),
  VUS("Uncertain significance"),
  LB("Likely benign"),
  B("Benign");

  private final String label;

  AcmgClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Pathogenic or likely pathogenic: a finding that can explain the patient's condition. */
  public boolean isPathogenic() {
    return this == P || this == LP;
  }

  /** Reads P, LP, VUS, LB or B (any case). */
  public static AcmgClass parse(String text, String field) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new GmsException(field + " must be P, LP, VUS, LB or B; got '" + text + "'.");
    }
  }
}
