package org.gms.server.directory;

import java.util.List;

/**
 * A search hit.
 *
 * @param code R-code
 * @param name clinical indication name
 * @param specialistTestGroup the specialist test group
 * @param testMethods the distinct test methods of its tests, as published
 * @param matchedBy why it matched, e.g. {@code code}, {@code name}, {@code gene FGFR2 in panel
 *     Craniosynostosis (168), green}, {@code test method}
 */
public record IndicationMatch(
    String code,
    String name,
    String specialistTestGroup,
    List<String> testMethods,
    List<String> matchedBy) {

  public IndicationMatch {
    testMethods = List.copyOf(testMethods);
    matchedBy = List.copyOf(matchedBy);
  }
}
