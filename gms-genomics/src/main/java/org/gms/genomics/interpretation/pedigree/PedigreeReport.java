package org.gms.genomics.interpretation.pedigree;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The issues found by one or more pedigree checks. */
public record PedigreeReport(List<PedigreeIssue> issues) {

  public PedigreeReport {
    issues = List.copyOf(issues);
  }

  public List<PedigreeIssue> errors() {
    return issues.stream().filter(PedigreeIssue::isError).toList();
  }

  public List<PedigreeIssue> warnings() {
    return issues.stream().filter(i -> !i.isError()).toList();
  }

  public boolean hasErrors() {
    return issues.stream().anyMatch(PedigreeIssue::isError);
  }

  public boolean has(PedigreeIssue.Kind kind) {
    return issues.stream().anyMatch(i -> i.kind() == kind);
  }

  public PedigreeReport and(PedigreeReport other) {
    List<PedigreeIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return new PedigreeReport(all);
  }

  /**
   * Returns this report when it has no errors.
   *
   * @throws PedigreeException listing every error
   */
  public PedigreeReport requireNoErrors() {
    List<PedigreeIssue> errors = errors();
    if (!errors.isEmpty()) {
      throw new PedigreeException(
          "The pedigree cannot be used ("
              + errors.size()
              + (errors.size() == 1 ? " error" : " errors")
              + "):\n"
              + errors.stream().map(e -> "  - " + e.message()).collect(Collectors.joining("\n")));
    }
    return this;
  }
}
