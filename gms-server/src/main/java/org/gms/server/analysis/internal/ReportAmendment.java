package org.gms.server.analysis.internal;

import java.util.List;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.server.GmsException;
import org.gms.server.analysis.Reclassification;
import org.gms.server.analysis.Reportable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An amendment of an authorised report as the scientist asked for it: reported variants
 * reclassified, candidates added, the new conclusion and the reason; checked when made.
 */
record ReportAmendment(
    long orderId,
    List<Reclassification> reclassified,
    List<Reportable> added,
    String conclusion,
    String reason) {

  ReportAmendment {
    if (reason == null || reason.isBlank()) {
      throw new GmsException(
          "reason is required: why the report of order " + orderId + " is amended.");
    }
    if (conclusion == null || conclusion.isBlank()) {
      throw new GmsException(
          "conclusion is required: the amended result in words for the clinician.");
    }
    if (reclassified.isEmpty() && added.isEmpty()) {
      throw new GmsException(
          "An amendment reclassifies at least one reported variant or adds a candidate.");
    }
    reclassified = List.copyOf(reclassified);
    added = List.copyOf(added);
    reason = reason.strip();
  }

  /**
   * Applies the reclassifications to the stored report's candidates (in place: each keeps its
   * previous final class) and returns the candidates changed.
   */
  ArrayNode reclassify(ArrayNode reported, ReferenceGenome genome) {
    VariantNormaliser normaliser = VariantNormaliser.using(genome);
    ArrayNode changed = JdbcAnalysisRuns.JSON.createArrayNode();
    for (Reclassification change : reclassified) {
      ObjectNode candidate = reporting(reported, key(change), normaliser);
      candidate.put("previousClass", candidate.path("finalClass").asString());
      candidate.put("finalClass", change.finalClass());
      candidate.put("comment", change.comment());
      changed.add(candidate);
    }
    return changed;
  }

  /** The line that signs the amended report. */
  String signature(int version, String user) {
    return "Amended report (version "
        + version
        + ") authorised by "
        + user
        + ": "
        + reason
        + ". It replaces version "
        + (version - 1)
        + ".";
  }

  private static VariantKey key(Reclassification change) {
    try {
      return VariantKey.parse(change.variantKey());
    } catch (IllegalArgumentException e) {
      throw new GmsException(e.getMessage());
    }
  }

  /** The reported candidate with the variant (the last, as before), or why there is none. */
  private ObjectNode reporting(
      ArrayNode reported, VariantKey wanted, VariantNormaliser normaliser) {
    ObjectNode candidate = null;
    for (JsonNode c : reported) {
      for (JsonNode v : c.path("variants")) {
        if (ReportedClassifications.key(v, normaliser).equals(wanted)) {
          candidate = (ObjectNode) c;
        }
      }
    }
    if (candidate == null) {
      throw new GmsException(
          "The report of order "
              + orderId
              + " does not report "
              + wanted
              + "; reclassify a"
              + " reported variant, or add the candidate by its rank.");
    }
    return candidate;
  }
}
