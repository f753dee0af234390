package org.gms.server.directory.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.server.GmsException;

/**
 * The National Genomic Test Directory codes as published in FHIR Shorthand by the NW Genomic
 * Medicine Service Alliance guide: the ConceptMap from each clinical indication to its tests (names
 * written {@code <indication>, <test>}), the test CodeSystem with each test's category and method
 * ("Technology" in the cancer directory), and the TSV form of the same ConceptMap, which is read as
 * a cross-check: a test it names differently, or lists and the ConceptMap does not, is a warning.
 */
record CancerCodes(List<Indication> indications, List<String> warnings) {

  CancerCodes {
    indications = List.copyOf(indications);
    warnings = List.copyOf(warnings);
  }

  /**
   * One indication of the ConceptMap.
   *
   * @param tests its tests in published order
   */
  record Indication(String code, String name, List<Test> tests) {
    Indication {
      Objects.requireNonNull(code, "code");
      tests = List.copyOf(tests);
    }

    boolean cancer() {
      return code.startsWith("M");
    }
  }

  /**
   * One test.
   *
   * @param name the test's own name (the indication's name and comma removed)
   * @param category the CodeSystem's category ({@code cancer}, {@code rare-and-inherited-disease}),
   *     or empty
   * @param technology the CodeSystem's test-method, as published, or empty when it has none
   */
  record Test(String code, String name, String category, String technology) {}

  private static final Pattern ELEMENT = Pattern.compile("^\\s*\\* code = #(\\S+) \"(.*)\"\\s*$");
  private static final Pattern CONCEPT = Pattern.compile("^\\* #(\\S+) \"(.*)\"\\s*$");
  private static final Pattern PROPERTY_CODE =
      Pattern.compile("^\\s*\\* \\^property\\[\\+\\]\\.code = #(\\S+)");
  private static final Pattern PROPERTY_VALUE =
      Pattern.compile("^\\s*\\* \\^property\\[=\\]\\.value(?:Code|String) = #?\"?([^\"]*)\"?\\s*$");

  static CancerCodes read(ImportFile conceptMap, ImportFile codeSystem, ImportFile tsv) {
    Map<String, String[]> properties = properties(text(codeSystem));
    List<Indication> indications = new ArrayList<>();
    String code = null;
    String name = null;
    List<Test> tests = new ArrayList<>();
    int lineNumber = 0;
    for (String line : text(conceptMap).split("\n")) {
      lineNumber++;
      Matcher m = ELEMENT.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String c = m.group(1);
      String n = m.group(2).replace("\\\"", "\"");
      if (!c.contains(".")) {
        if (code != null) {
          indications.add(new Indication(code, name, tests));
        }
        code = c;
        name = n;
        tests = new ArrayList<>();
      } else {
        if (code == null || !c.startsWith(code + ".")) {
          throw new GmsException(
              conceptMap.name()
                  + " line "
                  + lineNumber
                  + ": test "
                  + c
                  + " is not under an indication of its code; is this the ConceptMap"
                  + " GenomicClinicalIndicationToGenomicTestCode?");
        }
        String own = n.startsWith(name + ", ") ? n.substring(name.length() + 2) : n;
        String[] p = properties.getOrDefault(c, new String[] {"", ""});
        tests.add(new Test(c, own, p[0], p[1]));
      }
    }
    if (code != null) {
      indications.add(new Indication(code, name, tests));
    }
    if (indications.isEmpty()) {
      throw new GmsException(
          conceptMap.name() + " has no group.element codes: is it the ConceptMap in FSH form?");
    }
    return new CancerCodes(indications, crossCheck(indications, tsv));
  }

  /** Category and test-method by test code. */
  private static Map<String, String[]> properties(String codeSystem) {
    Map<String, String[]> byCode = new LinkedHashMap<>();
    String[] current = null;
    String property = null;
    for (String line : codeSystem.split("\n")) {
      Matcher concept = CONCEPT.matcher(line);
      if (concept.matches()) {
        current = new String[] {"", ""};
        byCode.put(concept.group(1), current);
        continue;
      }
      Matcher code = PROPERTY_CODE.matcher(line);
      if (code.find()) {
        property = code.group(1);
        continue;
      }
      Matcher value = PROPERTY_VALUE.matcher(line);
      if (current != null && value.matches()) {
        if ("category".equals(property)) {
          current[0] = value.group(1);
        } else if ("test-method".equals(property)) {
          current[1] = value.group(1);
        }
      }
    }
    return byCode;
  }

  private static List<String> crossCheck(List<Indication> indications, ImportFile tsv) {
    Map<String, String> fromMap = new LinkedHashMap<>();
    indications.forEach(i -> i.tests().forEach(t -> fromMap.put(t.code(), t.name())));
    List<String> warnings = new ArrayList<>();
    String[] lines = text(tsv).split("\n");
    if (lines.length == 0 || !lines[0].startsWith("ci_code\tci_name\ttest_code\ttest_name")) {
      throw new GmsException(
          tsv.name()
              + ": the first line is not 'ci_code ci_name test_code test_name' (tab-separated)");
    }
    int seen = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t", -1);
      if (f.length < 4) {
        continue;
      }
      seen++;
      String name = fromMap.get(f[2]);
      if (name == null) {
        warnings.add(
            tsv.name() + " line " + (i + 1) + ": test " + f[2] + " is not in the ConceptMap");
      } else if (!name.strip().equals(f[3].strip())) {
        warnings.add(
            tsv.name()
                + " line "
                + (i + 1)
                + ": test "
                + f[2]
                + " is named differently: '"
                + f[3]
                + "'");
      }
    }
    if (seen != fromMap.size()) {
      warnings.add(tsv.name() + " lists " + seen + " tests, the ConceptMap " + fromMap.size());
    }
    return warnings;
  }

  private static String text(ImportFile file) {
    return new String(file.content(), StandardCharsets.UTF_8).replace("\r", "");
  }
}
