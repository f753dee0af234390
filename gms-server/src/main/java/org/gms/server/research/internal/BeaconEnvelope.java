package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gms.server.research.ResearchView;

/**
 * The Beacon v2 framework around every answer (meta, response summary, info, result sets), so the
 * entry types only say what they found and the published response schemas are met in one place.
 */
final class BeaconEnvelope {

  static final String API_VERSION = "v2.0.0";
  static final String BEACON_ID = "org.gms.beacon";
  static final String VARIANT = "genomicVariant";
  static final String INDIVIDUAL = "individual";

  private BeaconEnvelope() {}

  /** What a query found, before it is wrapped. */
  record Found(
      String entityType,
      Map<String, Object> parameters,
      List<Object> filters,
      Answer answer,
      int total,
      List<Object> results,
      int skip,
      int limit,
      Map<String, Object> extra) {}

  static Map<String, Object> meta(
      String entityType,
      Granularity granularity,
      Granularity requested,
      Map<String, Object> parameters,
      List<Object> filters,
      int skip,
      int limit) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("apiVersion", API_VERSION);
    summary.put("requestedSchemas", List.of());
    summary.put("pagination", Map.of("skip", skip, "limit", limit));
    summary.put("requestedGranularity", requested.id());
    if (!parameters.isEmpty()) {
      // a dictionary of objects: the parameters of the entry type, as received
      summary.put(
          "requestParameters",
          Map.of(entityType.equals(VARIANT) ? "g_variant" : entityType, parameters));
    }
    if (!filters.isEmpty()) {
      summary.put("filters", filters);
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("beaconId", BEACON_ID);
    meta.put("apiVersion", API_VERSION);
    meta.put("returnedSchemas", List.of(schemaOf(entityType)));
    meta.put("returnedGranularity", granularity.id());
    meta.put("receivedRequestSummary", summary);
    return meta;
  }

  static Map<String, Object> schemaOf(String entityType) {
    return Map.of(
        "entityType",
        entityType,
        "schema",
        entityType.equals(VARIANT) ? "beacon-g_variant-v2.0.0" : "beacon-individual-v2.0.0");
  }

  /** The response: counts and result sets only as far as the answer's granularity allows. */
  static Map<String, Object> response(Found found) {
    Answer answer = found.answer();
    Map<String, Object> response = new LinkedHashMap<>();
    response.put(
        "meta",
        meta(
            found.entityType(),
            answer.granularity(),
            answer.granted(),
            found.parameters(),
            found.filters(),
            found.skip(),
            found.limit()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("exists", answer.exists());
    if (answer.granularity() != Granularity.BOOLEAN) {
      summary.put("numTotalResults", found.total());
    }
    response.put("responseSummary", summary);
    Map<String, Object> info = new LinkedHashMap<>(found.extra());
    info.put("smallestCountGiven", ResearchView.SMALLEST_COUNT);
    info.put("countSuppressed", answer.suppressed());
    if (answer.suppressed()) {
      info.put(
          "note",
          "Fewer than "
              + ResearchView.SMALLEST_COUNT
              + " individuals match: the answer is given as a boolean only.");
    }
    response.put("info", info);
    if (answer.granularity() == Granularity.RECORD) {
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("id", "gms-research");
      set.put("setType", "dataset");
      set.put("exists", answer.exists());
      set.put("resultsCount", found.total());
      set.put("results", found.results());
      response.put("response", Map.of("resultSets", List.of(set)));
    }
    return response;
  }

  /** The page of matches a record answer lists; none for boolean and count answers. */
  static <T> List<Object> page(
      Answer answer, List<T> matches, int skip, int limit, Function<T, ?> record) {
    List<Object> results = new ArrayList<>();
    if (answer.granularity() == Granularity.RECORD) {
      for (T match : matches.subList(Math.min(skip, matches.size()), matches.size())) {
        if (results.size() >= limit) {
          break;
        }
        results.add(record.apply(match));
      }
    }
    return results;
  }
}
