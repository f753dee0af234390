package org.gms.server.directory;

import java.util.List;
import java.util.Objects;

/**
 * A clinical indication of one directory release.
 *
 * @param code R-code, e.g. {@code R29}
 * @param name as published
 * @param directoryVersion the release it comes from
 * @param specialistTestGroup e.g. {@code Core}, {@code Cardiology}
 * @param commissioningCategories the distinct commissioning categories of its tests
 * @param eligibility who is eligible, when the release says (v5.1's spreadsheet does not: null)
 * @param whoMayOrder who may request its tests
 * @param tests its tests in published order
 * @param panels the PanelApp panels its tests use
 */
public record Indication(
    String code,
    String name,
    String directoryVersion,
    String specialistTestGroup,
    List<String> commissioningCategories,
    String eligibility,
    WhoMayOrder whoMayOrder,
    List<GenomicTest> tests,
    List<PanelLink> panels) {

  public Indication {
    Objects.requireNonNull(code, "code");
    commissioningCategories = List.copyOf(commissioningCategories);
    tests = List.copyOf(tests);
    panels = List.copyOf(panels);
  }

  /**
   * Who may order a test.
   *
   * @param requesters in words
   * @param basis where that comes from: {@code published} or {@code derived from commissioning
   *     category}
   */
  public record WhoMayOrder(String requesters, String basis) {}
}
