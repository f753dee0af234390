package org.gms.server.decisionsupport.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.gms.genomics.pgx.recommendation.PrescribingChange;
import org.gms.server.record.PgxGeneResult;
import org.gms.server.record.PgxRecommendation;
import org.gms.server.record.PgxResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cards for a draft order: one per recommendation that applies to the patient and asks the
 * prescriber to change something (a dose, another drug, or other guidance, as ClinPGx flags it). A
 * recommendation to prescribe as usual gives no card: a card on every normal result would train
 * prescribers to dismiss them.
 *
 * <p>Indicator: {@code critical} when a Strong recommendation advises another drug, {@code warning}
 * for other dose or drug changes, {@code info} for other guidance. The card and suggestion ids are
 * derived from the result, order and recommendation, so the same advice keeps its id.
 */
final class PgxCards {

  static final int SUMMARY_LIMIT = 140;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PgxCards() {}

  static List<ObjectNode> forOrder(String orderReference, String drug, PgxResult result) {
    List<ObjectNode> cards = new ArrayList<>();
    for (PgxRecommendation rec : result.recommendations()) {
      if (rec.drug().equals(drug) && rec.change().actionable()) {
        cards.add(card(orderReference, rec, result));
      }
    }
    return cards;
  }

  private static ObjectNode card(String order, PgxRecommendation rec, PgxResult result) {
    ObjectNode card = JSON.createObjectNode();
    String key = result.id() + "|" + order + "|" + rec.source() + "|" + rec.recommendationId();
    card.put("uuid", uuid(key));
    card.put("summary", summary(rec, result));
    card.put("indicator", indicator(rec));
    card.put("detail", detail(rec, result));
    ObjectNode source = card.putObject("source");
    source.put("label", rec.source() + " guideline (ClinPGx annotation)");
    if (rec.url() != null) {
      source.put("url", rec.url());
    }
    List<ObjectNode> suggestions = suggestions(order, rec, key);
    if (!suggestions.isEmpty()) {
      card.putArray("suggestions").addAll(suggestions);
      card.put("selectionBehavior", "at-most-one");
    }
    if (rec.url() != null) {
      ObjectNode link = card.putArray("links").addObject();
      link.put("label", rec.guideline() == null ? "Guideline" : rec.guideline());
      link.put("url", rec.url());
      link.put("type", "absolute");
    }
    return card;
  }

  /**
   * e.g. "Clopidogrel: CYP2C19 Poor Metabolizer. CPIC (Strong, CVI ACS PCI): consider another
   * drug."
   */
  static String summary(PgxRecommendation rec, PgxResult result) {
    String phenotypes = phenotypes(rec.genes(), result);
    String action =
        rec.change().alternateDrug()
            ? "consider another drug"
            : rec.change().dosing() ? "change the dose" : "see the prescribing guidance";
    String summary =
        capitalised(rec.drug())
            + ": "
            + (phenotypes.isEmpty() ? "pharmacogenomic result" : phenotypes)
            + ". "
            + rec.source()
            + qualifiers(rec)
            + ": "
            + action
            + ".";
    return summary.length() <= SUMMARY_LIMIT
        ? summary
        : summary.substring(0, SUMMARY_LIMIT - 1) + "…";
  }

  /** " (Strong, CVI ACS PCI)": the strength (unless "N/A") and population, when there are any. */
  private static String qualifiers(PgxRecommendation rec) {
    List<String> parts = new ArrayList<>();
    if (rec.strength() != null && !rec.strength().equalsIgnoreCase("N/A")) {
      parts.add(rec.strength());
    }
    if (rec.population() != null && !rec.population().equalsIgnoreCase("general")) {
      parts.add(rec.population());
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String indicator(PgxRecommendation rec) {
    PrescribingChange change = rec.change();
    if (change.alternateDrug() && "Strong".equalsIgnoreCase(rec.strength())) {
      return "critical";
    }
    return change.alternateDrug() || change.dosing() ? "warning" : "info";
  }

  private static String detail(PgxRecommendation rec, PgxResult result) {
    StringBuilder md = new StringBuilder();
    md.append("**Recommendation** (")
        .append(rec.source())
        .append(rec.strength() == null ? "" : ", " + rec.strength())
        .append(rec.population() == null ? "" : ", for " + rec.population())
        .append("):\n\n")
        .append(rec.recommendation())
        .append("\n\n**Pharmacogenomic result** (")
        .append(result.recordedAt().toString(), 0, 10)
        .append("):\n\n");
    for (String gene : rec.genes()) {
      PgxGeneResult call = result.gene(gene).orElse(null);
      md.append("- ").append(gene).append(": ");
      if (call == null || !call.callable()) {
        md.append("no result");
      } else {
        md.append(String.join(" or ", call.diplotypes()));
        if (call.phenotype() != null && !call.phenotype().isBlank()) {
          md.append(", ").append(call.phenotype());
        }
        if (call.activityScore() != null) {
          md.append(", activity score ").append(call.activityScore());
        }
        if (!call.missingPositions().isEmpty()) {
          md.append(" (")
              .append(call.missingPositions().size())
              .append(" defined positions not tested)");
        }
      }
      md.append('\n');
    }
    if (!rec.implications().isEmpty()) {
      md.append("\n**Implications:**\n\n");
      rec.implications().forEach(i -> md.append("- ").append(i).append('\n'));
    }
    return md.toString();
  }

  private static List<ObjectNode> suggestions(String order, PgxRecommendation rec, String key) {
    List<ObjectNode> suggestions = new ArrayList<>();
    if (rec.change().alternateDrug()) {
      ObjectNode suggestion =
          suggestion(
              "Cancel this "
                  + rec.drug()
                  + " order and prescribe an alternative the guideline names",
              key + "|alternative");
      suggestion.put("isRecommended", "Strong".equalsIgnoreCase(rec.strength()));
      ObjectNode action = suggestion.putArray("actions").addObject();
      action.put("type", "delete");
      action.put("description", "Remove the draft " + rec.drug() + " order");
      action.put("resourceId", order);
      suggestions.add(suggestion);
    }
    if (rec.change().dosing()) {
      suggestions.add(
          suggestion(
              "Change the " + rec.drug() + " dose as the recommendation says (edit the order)",
              key + "|dose"));
    }
    return suggestions;
  }

  /** A CDS Hooks suggestion with its label and a UUID stable for the same card and choice. */
  private static ObjectNode suggestion(String label, String uuidKey) {
    ObjectNode suggestion = JSON.createObjectNode();
    suggestion.put("label", label);
    suggestion.put("uuid", uuid(uuidKey));
    return suggestion;
  }

  /** The patient's phenotype (else diplotypes) for each called gene of the recommendation. */
  private static String phenotypes(List<String> genes, PgxResult result) {
    Set<String> parts = new LinkedHashSet<>();
    for (String gene : genes) {
      result
          .gene(gene)
          .filter(PgxGeneResult::callable)
          .ifPresent(
              call ->
                  parts.add(
                      gene
                          + " "
                          + (call.phenotype() == null || call.phenotype().isBlank()
                              ? String.join(" or ", call.diplotypes())
                              : call.phenotype())));
    }
    return String.join(", ", parts);
  }

  private static String capitalised(String drug) {
    return drug.isEmpty()
        ? drug
        : drug.substring(0, 1).toUpperCase(Locale.ROOT) + drug.substring(1);
  }

  private static String uuid(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static ArrayNode array(List<ObjectNode> cards) {
    ArrayNode array = JSON.createArrayNode();
    array.addAll(cards);
    return array;
  }
}
