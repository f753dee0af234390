package org.gms.server.directory;

import java.util.List;

/**
 * One test of an indication.
 *
 * @param code test code, e.g. {@code R29.1}
 * @param name the indication name written on the test's row
 * @param target the Target/Genes text as published
 * @param targets what that text names
 * @param testMethod the method text as published
 * @param methodCategory its category
 * @param commissioningCategory e.g. {@code Specialised}
 * @param changeNote the release's note on changes since the previous publication
 * @param methods the methods read from a cancer test's name, in the order written (a combined panel
 *     has several); empty for tests whose method is given only as {@code testMethod}
 */
public record GenomicTest(
    String code,
    String name,
    String target,
    List<TestTarget> targets,
    String testMethod,
    TestMethodCategory methodCategory,
    String commissioningCategory,
    String changeNote,
    List<TestMethodCategory> methods) {

  public GenomicTest {
    targets = List.copyOf(targets);
    methods = methods == null ? List.of() : List.copyOf(methods);
  }
}
