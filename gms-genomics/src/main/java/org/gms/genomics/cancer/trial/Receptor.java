package org.gms.genomics.cancer.trial;

import java.util.Locale;
import java.util.Optional;

/** The receptors whose status trials name: oestrogen, progesterone and HER2. */
public enum Receptor {
  ER,
  PR,
  HER2;

  /** How trials and reports write the receptor: its name. */
  public String label() {
    return name();
  }

  /** {@code ER}, {@code er_status}, {@code her2} give the receptor. */
  public static Optional<Receptor> parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.endsWith("_STATUS")) {
      t = t.substring(0, t.length() - "_STATUS".length());
    }
    for (Receptor r : values()) {
      if (r.name().equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
