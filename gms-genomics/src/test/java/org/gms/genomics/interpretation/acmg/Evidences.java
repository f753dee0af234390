package org.gms.genomics.interpretation.acmg;

import java.util.ArrayList;
import java.util.List;

/** Evidence written as curators write it: {@code PVS1 PM2_Supporting BP4_Moderate}. */
final class Evidences {

  private Evidences() {}

  static List<Evidence> parse(String labels) {
    List<Evidence> evidence = new ArrayList<>();
    if (labels.isBlank() || labels.strip().equals("none")) {
      return evidence;
    }
    for (String label : labels.strip().split("\\s+")) {
      String[] parts = label.split("_", 2);
      EvidenceCode code = EvidenceCode.valueOf(parts[0]);
      Strength strength = parts.length == 1 ? code.defaultStrength() : strength(parts[1]);
      evidence.add(new Evidence(code, strength, "table"));
    }
    return evidence;
  }

  private static Strength strength(String label) {
    for (Strength strength : Strength.values()) {
      if (strength.label().equals(label)) {
        return strength;
      }
    }
    throw new IllegalArgumentException("Unknown strength " + label);
  }
}
