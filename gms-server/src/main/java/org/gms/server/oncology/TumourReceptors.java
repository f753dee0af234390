package org.gms.server.oncology;

import java.util.Locale;
import java.util.Set;
import org.gms.server.GmsException;

/**
 * The receptor statuses of a tumour as pathology reported them: {@code positive}, {@code negative},
 * {@code equivocal}, or empty when not known.
 *
 * @param er oestrogen receptor
 * @param pr progesterone receptor
 * @param her2 HER2 (ERBB2) by IHC/ISH
 */
public record TumourReceptors(String er, String pr, String her2) {

  /** Nothing recorded. */
  public static final TumourReceptors NONE = new TumourReceptors("", "", "");

  private static final Set<String> VALUES = Set.of("positive", "negative", "equivocal");

  public TumourReceptors {
    er = checked(er, "er", "ER");
    pr = checked(pr, "pr", "PR");
    her2 = checked(her2, "her2", "HER2");
  }

  private static String checked(String value, String field, String label) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (!v.isEmpty() && !VALUES.contains(v)) {
      throw GmsException.atField(
          field,
          label
              + " status '"
              + value
              + "' is not one GMS records: give positive, negative or equivocal, or leave it"
              + " empty when not known.");
    }
    return v;
  }

  /** Whether nothing is recorded. */
  public boolean isEmpty() {
    return er.isEmpty() && pr.isEmpty() && her2.isEmpty();
  }
}
