package org.gms.server.ordering.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.phenotype.TermResolution;
import org.gms.server.GmsException;
import org.gms.server.directory.GenomicTest;
import org.gms.server.directory.Indication;
import org.gms.server.directory.TestDirectory;
import org.gms.server.directory.TestMethodCategory;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.NewOrder;
import org.gms.server.record.Patients;
import org.springframework.stereotype.Component;

/**
 * The rules a request must pass, each refusal naming the rule: the indication is in the current
 * test directory, the test is one of its tests, rare-disease exome and genome tests come with HPO
 * terms, the patient and every family member are registered, and no one is listed twice.
 */
@Component
class OrderRules {

  /** Methods whose analysis is phenotype-driven: the laboratory cannot start without terms. */
  static final Set<TestMethodCategory> NEED_PHENOTYPE =
      EnumSet.of(TestMethodCategory.WGS, TestMethodCategory.WES, TestMethodCategory.WES_OR_PANEL);

  private static final Pattern HPO_ID = Pattern.compile("HP:[0-9]{7}");

  private final TestDirectory directory;
  private final Patients patients;
  private final Laboratories laboratories;

  /** Indications by release and code: a release never changes once imported. */
  private final Map<String, Optional<Indication>> indications = new ConcurrentHashMap<>();

  OrderRules(TestDirectory directory, Patients patients, Laboratories laboratories) {
    this.directory = directory;
    this.patients = patients;
    this.laboratories = laboratories;
  }

  /** What the order was checked against, with the laboratory's name as listed. */
  record Checked(
      String directoryVersion, Indication indication, GenomicTest test, String laboratory) {}

  Checked check(NewOrder order) {
    String rareVersion =
        directory
            .currentVersion()
            .orElseThrow(
                () ->
                    new GmsException(
                        "The test directory is empty: an administrator must import it before tests"
                            + " can be ordered (./gms directory import)."));
    // Cancer indications (M-codes) come from the current cancer directory, beside the release.
    boolean cancer = order.indication().strip().toUpperCase(java.util.Locale.ROOT).startsWith("M");
    String version =
        cancer
            ? directory
                .indication(order.indication(), Optional.empty())
                .map(Indication::directoryVersion)
                .orElse(rareVersion)
            : rareVersion;
    Indication indication =
        indications
            .computeIfAbsent(
                version + "/" + order.indication(),
                key -> directory.indication(order.indication(), Optional.of(version)))
            .orElseThrow(
                () ->
                    new GmsException(
                        "Rule 'indication in directory': "
                            + order.indication()
                            + " is not a clinical indication of test directory "
                            + version
                            + "; search the directory for the right code."));
    GenomicTest test =
        indication.tests().stream()
            .filter(t -> t.code().equalsIgnoreCase(order.test()))
            .findFirst()
            .orElseThrow(
                () ->
                    new GmsException(
                        "Rule 'test belongs to indication': "
                            + order.test()
                            + " is not a test of "
                            + indication.code()
                            + " ("
                            + indication.name()
                            + "); its tests are "
                            + String.join(
                                ", ", indication.tests().stream().map(GenomicTest::code).toList())
                            + "."));
    checkEligibility(order, indication);
    checkPhenotype(order, test);
    checkPeople(order);
    String laboratory =
        laboratories
            .find(order.laboratory())
            .orElseThrow(
                () ->
                    new GmsException(
                        "Rule 'known laboratory': '"
                            + order.laboratory()
                            + "' is not a genomic laboratory hub of this service, so the order"
                            + " would reach no laboratory's work queue; choose one of: "
                            + String.join(", ", laboratories.all())
                            + " (GET /api/orders/laboratories)."));
    return new Checked(version, indication, test, laboratory);
  }

  /**
   * Rule 'eligibility answered': where the directory states who is eligible for an indication, the
   * requester confirms the patient meets it, or orders anyway saying why (kept with the order).
   */
  private static void checkEligibility(NewOrder order, Indication indication) {
    if (indication.eligibility() != null && order.eligibilityMet() == null) {
      throw new GmsException(
          "Rule 'eligibility answered': test directory "
              + indication.code()
              + " ("
              + indication.name()
              + ") is for: "
              + indication.eligibility()
              + ". Confirm that the patient meets these criteria (eligibilityMet: true), or order"
              + " anyway saying why (eligibilityMet: false and eligibilityNote).");
    }
  }

  private static void checkPhenotype(NewOrder order, GenomicTest test) {
    List<String> malformed =
        order.hpoTerms().stream().filter(t -> !HPO_ID.matcher(t.strip()).matches()).toList();
    if (!malformed.isEmpty()) {
      throw new GmsException(
          "hpoTerms: "
              + String.join(", ", malformed)
              + " "
              + (malformed.size() == 1 ? "is not an HPO id" : "are not HPO ids")
              + "; write them as HP:0001250.");
    }
    HpoOntology ontology = PhenotypeKnowledge.bundled().ontology();
    List<String> unknown =
        order.hpoTerms().stream()
            .map(String::strip)
            .filter(t -> !known(ontology, t))
            .distinct()
            .toList();
    if (!unknown.isEmpty()) {
      throw new GmsException(
          "hpoTerms: "
              + String.join(", ", unknown)
              + (unknown.size() == 1 ? " is not a term" : " are not terms")
              + " of the Human Phenotype Ontology ("
              + ontology.version()
              + ") or obsolete without a single replacement; find the right term by its name"
              + " (GET /api/hpo/terms?q=...).");
    }
    if (order.hpoTerms().isEmpty() && NEED_PHENOTYPE.contains(test.methodCategory())) {
      throw new GmsException(
          "Rule 'phenotype for exome and genome tests': "
              + test.code()
              + " is a "
              + test.methodCategory().label()
              + " test, whose analysis ranks variants by the patient's features; give at least one"
              + " HPO term in hpoTerms.");
    }
  }

  /** A current term, a secondary id, or an obsolete id with one replacement. */
  private static boolean known(HpoOntology ontology, String id) {
    TermResolution.Status status = ontology.resolve(HpoTermId.parse(id)).status();
    return status == TermResolution.Status.CURRENT
        || status == TermResolution.Status.ALT_ID
        || status == TermResolution.Status.REPLACED_BY
        || status == TermResolution.Status.CONSIDER;
  }

  private void checkPeople(NewOrder order) {
    if (patients.find(order.patient()).isEmpty()) {
      throw new GmsException(
          GmsException.Kind.NOT_FOUND,
          "Rule 'registered patient': no patient with NHS number "
              + order.patient().formatted()
              + "; register them first (Register a patient, /register.html).");
    }
    Set<String> seen = new HashSet<>(Set.of(order.patient().value()));
    for (FamilyMember member : order.family()) {
      if (!seen.add(member.nhsNumber().value())) {
        throw new GmsException(
            "Rule 'each person once': "
                + member.nhsNumber().formatted()
                + " is listed twice (the proband is not listed as their own relative).");
      }
      if (patients.find(member.nhsNumber()).isEmpty()) {
        throw new GmsException(
            GmsException.Kind.NOT_FOUND,
            "Rule 'registered family member': no patient with NHS number "
                + member.nhsNumber().formatted()
                + " ("
                + member.relationship().name().toLowerCase(java.util.Locale.ROOT)
                + "); register them first (Register a patient, /register.html).");
      }
    }
  }
}
