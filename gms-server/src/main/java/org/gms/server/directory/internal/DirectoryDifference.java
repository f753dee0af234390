package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gms.server.directory.ImportChanges;

/** What changed between two directory releases, indication by indication and test by test. */
final class DirectoryDifference {

  private DirectoryDifference() {}

  static ImportChanges between(
      String previousLabel, DirectoryRelease before, DirectoryRelease after) {
    Map<String, DirectoryRelease.IndicationEntry> old = byCode(before);
    Map<String, DirectoryRelease.IndicationEntry> now = byCode(after);
    List<ImportChanges.Item> added = new ArrayList<>();
    List<ImportChanges.Item> removed = new ArrayList<>();
    List<ImportChanges.Item> changed = new ArrayList<>();
    now.forEach(
        (code, indication) -> {
          DirectoryRelease.IndicationEntry was = old.get(code);
          if (was == null) {
            added.add(new ImportChanges.Item(code, indication.name(), testLines(indication)));
          } else {
            List<String> details = differences(was, indication);
            if (!details.isEmpty()) {
              changed.add(new ImportChanges.Item(code, indication.name(), details));
            }
          }
        });
    old.forEach(
        (code, indication) -> {
          if (!now.containsKey(code)) {
            removed.add(new ImportChanges.Item(code, indication.name(), testLines(indication)));
          }
        });
    return new ImportChanges(previousLabel, added, removed, changed);
  }

  private static List<String> testLines(DirectoryRelease.IndicationEntry indication) {
    return indication.tests().stream()
        .map(test -> test.code() + ": " + test.target() + " by " + test.method())
        .toList();
  }

  private static List<String> differences(
      DirectoryRelease.IndicationEntry was, DirectoryRelease.IndicationEntry now) {
    List<String> details = new ArrayList<>();
    compare(details, "name", was.name(), now.name());
    compare(details, "specialist test group", was.group(), now.group());
    compare(details, "eligibility", was.eligibility(), now.eligibility());
    Map<String, DirectoryRelease.TestEntry> oldTests = byCode(was.tests());
    Map<String, DirectoryRelease.TestEntry> newTests = byCode(now.tests());
    newTests.forEach(
        (code, test) -> {
          DirectoryRelease.TestEntry old = oldTests.get(code);
          if (old == null) {
            details.add("test " + code + " added: " + test.target() + " by " + test.method());
          } else {
            compare(details, "test " + code + " target", old.target(), test.target());
            compare(details, "test " + code + " method", old.method(), test.method());
            compare(
                details,
                "test " + code + " commissioning category",
                old.commissioning(),
                test.commissioning());
          }
        });
    oldTests.forEach(
        (code, test) -> {
          if (!newTests.containsKey(code)) {
            details.add("test " + code + " removed: " + test.target() + " by " + test.method());
          }
        });
    return details;
  }

  private static void compare(List<String> details, String what, String was, String now) {
    if (!Objects.equals(was, now)) {
      details.add(what + ": " + quote(was) + " -> " + quote(now));
    }
  }

  private static String quote(String text) {
    return text == null ? "(none)" : "'" + text + "'";
  }

  private static Map<String, DirectoryRelease.IndicationEntry> byCode(DirectoryRelease release) {
    return index(release.indications(), DirectoryRelease.IndicationEntry::code);
  }

  private static Map<String, DirectoryRelease.TestEntry> byCode(
      List<DirectoryRelease.TestEntry> tests) {
    return index(tests, DirectoryRelease.TestEntry::code);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }
}
