package org.gms.genomics.cancer.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads ClinicalTrials.gov API v2 study records ({@code /studies} responses, or one study): title,
 * status, phase, conditions, arms with their interventions, and the eligibility criteria as
 * published. Age and sex become criteria; genomic criteria come from a curation (CTML {@code match}
 * trees per NCT number and arm label, {@code *} for every arm), since the record writes them as
 * free text.
 */
public final class CtgovReader {

  private static final Pattern AGE =
      Pattern.compile("(\\d+)\\s*(year|month|week|day)s?", Pattern.CASE_INSENSITIVE);

  private CtgovReader() {}

  /** The studies of a file: {@code {"studies": [...]}}, one study, or a list of studies. */
  public static List<JsonNode> studies(String fileName, byte[] content) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode doc : CtmlReader.documents(fileName, content)) {
      JsonNode list = doc.has("studies") ? doc.get("studies") : doc;
      if (list.isArray()) {
        list.forEach(out::add);
      } else {
        out.add(list);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).path("protocolSection").isObject()) {
        throw new TrialFormatException(
            fileName,
            "studies[" + i + "]",
            "no protocolSection: this is not a ClinicalTrials.gov API v2 study record (download"
                + " with /api/v2/studies?format=json)");
      }
    }
    return out;
  }

  /**
   * One study as a trial.
   *
   * @param curation the trial's curated criteria: an object of arm label (or {@code *}) to CTML
   *     {@code match}; null when none
   */
  public static Trial trial(String fileName, JsonNode study, JsonNode curation) {
    JsonNode p = study.path("protocolSection");
    String id = CtmlReader.text(p.path("identificationModule"), "nctId");
    if (id.isEmpty()) {
      throw new TrialFormatException(
          fileName, "protocolSection.identificationModule.nctId", "the study has no NCT number");
    }
    CtmlCriteria criteria = new CtmlCriteria(fileName, OncotreeNames.bundled());
    String status = CtmlReader.text(p.path("statusModule"), "overallStatus");
    JsonNode eligibility = p.path("eligibilityModule");
    List<Criterion> clinical = new ArrayList<>();
    ageBound(CtmlReader.text(eligibility, "minimumAge"), ">=").ifPresent(clinical::add);
    ageBound(CtmlReader.text(eligibility, "maximumAge"), "<=").ifPresent(clinical::add);
    String sex = CtmlReader.text(eligibility, "sex").toLowerCase(Locale.ROOT);
    if (sex.equals("female") || sex.equals("male")) {
      clinical.add(new Criterion.Sex(sex));
    }
    List<Arm> arms = new ArrayList<>();
    JsonNode groups = p.path("armsInterventionsModule").path("armGroups");
    List<JsonNode> groupList = new ArrayList<>();
    groups.forEach(groupList::add);
    if (groupList.isEmpty()) {
      groupList.add(JSON_EMPTY);
    }
    for (JsonNode g : groupList) {
      String label = CtmlReader.text(g, "label");
      String code = label.isEmpty() ? "whole study" : label;
      List<String> interventions = new ArrayList<>();
      g.path("interventionNames").forEach(n -> interventions.add(n.asString()));
      JsonNode curated = null;
      String curatedAt = "";
      if (curation != null) {
        curated = curation.has(code) ? curation.get(code) : curation.get("*");
        curatedAt = id + "." + (curation.has(code) ? code : "*");
      }
      Criterion criterion;
      if (curated == null || curated.isNull()) {
        criterion =
            new Criterion.Uncurated(
                "genomic criteria of the ClinicalTrials.gov record not curated");
      } else {
        List<Criterion> parts = new ArrayList<>(clinical);
        parts.add(criteria.match(curated, "curation " + curatedAt));
        criterion = parts.size() == 1 ? parts.get(0) : new Criterion.All(parts);
      }
      arms.add(
          new Arm(
              code, CtmlReader.text(g, "description"), isOpen(status), interventions, criterion));
    }
    List<String> conditions = new ArrayList<>();
    p.path("conditionsModule").path("conditions").forEach(c -> conditions.add(c.asString()));
    List<String> phases = new ArrayList<>();
    p.path("designModule").path("phases").forEach(c -> phases.add(c.asString()));
    return new Trial(
        id,
        CtmlReader.text(p.path("identificationModule"), "briefTitle"),
        TrialSource.CTGOV,
        status,
        isOpen(status),
        String.join(", ", phases),
        conditions,
        CtmlReader.text(eligibility, "eligibilityCriteria"),
        arms,
        criteria.warnings());
  }

  /** The curations of a file: NCT number to an object of arm label ({@code *}) to CTML match. */
  public static Map<String, JsonNode> curations(String fileName, byte[] content) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    for (JsonNode doc : CtmlReader.documents(fileName, content)) {
      if (!doc.isObject()) {
        throw new TrialFormatException(
            fileName, "", "a curation file is an object of NCT number to {arm label or *: match}");
      }
      for (Map.Entry<String, JsonNode> e : doc.properties()) {
        if (!e.getKey().matches("NCT\\d{8}") || !e.getValue().isObject()) {
          throw new TrialFormatException(
              fileName,
              e.getKey(),
              "expected an NCT number (NCT01234567) with an object of arm label (or *) to CTML"
                  + " match");
        }
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static boolean isOpen(String status) {
    return status.equals("RECRUITING");
  }

  private static java.util.Optional<Criterion> ageBound(String text, String op) {
    Matcher m = AGE.matcher(text);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    double n = Double.parseDouble(m.group(1));
    double years =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "month" -> n / 12;
          case "week" -> n / 52;
          case "day" -> n / 365;
          default -> n;
        };
    return java.util.Optional.of(new Criterion.Age(new Comparison(op, years)));
  }

  private static final JsonNode JSON_EMPTY =
      new tools.jackson.databind.ObjectMapper().createObjectNode();
}
