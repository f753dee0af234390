package org.gms.server.record;

import java.time.Instant;
import java.util.Map;
import org.gms.server.GmsException;

/**
 * One dated item of a patient's record, as shown on the timeline.
 *
 * @param kind what happened, e.g. {@code order-placed}, {@code report-authorised}
 * @param summary one line a clinician reads
 * @param details the item's facts as JSON-ready values (strings, numbers, lists, maps)
 * @param link the API path of the full item, or empty
 */
public record RecordEntry(
    Instant at, String kind, String summary, Map<String, Object> details, String link) {

  /**
   * The detail under which an entry lists the HPO terms it records (a list of {@code HP:0000000}
   * ids): the record shows each term with the time of the first entry that recorded it.
   */
  public static final String HPO_TERMS = "hpoTerms";

  public RecordEntry {
    if (at == null || kind == null || kind.isBlank() || summary == null) {
      throw new GmsException("A record entry needs a time, a kind and a summary.");
    }
    details =
        details == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    link = link == null ? "" : link;
  }
}
