package org.gms.server.ordering;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Turnaround targets in calendar days, configurable under {@code gms.turnaround}. A target for the
 * test code wins, then the urgent target for urgent requests, then the target of the test's method
 * category, then the default. The defaults follow published NHS genomic laboratory hub targets:
 * urgent 14 days, rare-disease panels 42, whole genome and exome 84, DPYD 5 (the pharmacogenomic
 * test, where a test code names it); cancer methods have their own defaults (docs/oncology.md).
 *
 * @param urgent days for urgent requests
 * @param byMethod days by method category name ({@code WGS}, {@code PANEL}, ...)
 * @param byTest days by test code, overriding everything else
 * @param otherwise days when nothing else applies
 */
@ConfigurationProperties("gms.turnaround")
public record TurnaroundTargets(
    Integer urgent, Map<String, Integer> byMethod, Map<String, Integer> byTest, Integer otherwise) {

  public TurnaroundTargets {
    urgent = urgent == null ? 14 : urgent;
    otherwise = otherwise == null ? 42 : otherwise;
    byMethod =
        byMethod == null || byMethod.isEmpty()
            ? Map.ofEntries(
                Map.entry("WGS", 84),
                Map.entry("WES", 84),
                Map.entry("WES_OR_PANEL", 84),
                Map.entry("PANEL", 42),
                // cancer methods (docs/oncology.md: platform defaults, set from the local
                // service specification)
                Map.entry("NGS_SMALL_VARIANT", 14),
                Map.entry("NGS_STRUCTURAL_VARIANT", 14),
                Map.entry("NGS_COPY_NUMBER", 14),
                Map.entry("HOTSPOT", 10),
                Map.entry("FISH", 10),
                Map.entry("RT_PCR", 10),
                Map.entry("MSI", 14),
                Map.entry("CTDNA", 7),
                Map.entry("WGS_TUMOUR_GERMLINE", 42))
            : Map.copyOf(byMethod);
    byTest = byTest == null ? Map.of() : Map.copyOf(byTest);
  }

  public static TurnaroundTargets defaults() {
    return new TurnaroundTargets(null, null, null, null);
  }

  /** Days allowed for the test. */
  public int days(String testCode, String methodCategory, Urgency urgency) {
    Integer forTest = byTest.get(testCode.toUpperCase(Locale.ROOT));
    if (forTest != null) {
      return forTest;
    }
    if (urgency == Urgency.URGENT) {
      return urgent;
    }
    return byMethod.getOrDefault(methodCategory, otherwise);
  }

  /** The date the result is expected for a request made on {@code requested}. */
  public LocalDate expectedBy(
      LocalDate requested, String testCode, String methodCategory, Urgency urgency) {
    return requested.plusDays(days(testCode, methodCategory, urgency));
  }
}
