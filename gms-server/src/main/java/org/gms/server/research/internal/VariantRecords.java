package org.gms.server.research.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.research.ResearchView;

/**
 * A matched variant as a Beacon g_variant record (VRS location, 0-based), with an allele frequency
 * among the consented participants only when enough of them carry it to give a count.
 */
final class VariantRecords {

  private VariantRecords() {}

  static Map<String, Object> of(GenotypeIndex.Match match, int consented, long version) {
    VariantKey key = match.key();
    Map<String, Object> variation = new LinkedHashMap<>();
    variation.put("variantType", variantType(key));
    variation.put("referenceBases", key.ref());
    variation.put("alternateBases", key.alt());
    long start0 = key.position() - 1;
    variation.put(
        "location",
        Map.of(
            "type",
            "SequenceLocation",
            "sequence_id",
            key.build().name() + ":" + key.contig(),
            "interval",
            Map.of(
                "type",
                "SequenceInterval",
                "start",
                Map.of("type", "Number", "value", start0),
                "end",
                Map.of("type", "Number", "value", start0 + key.ref().length()))));
    Map<String, Object> variant = new LinkedHashMap<>();
    variant.put("variantInternalId", key.toString());
    variant.put("variation", variation);
    int carriers = match.het() + match.hom();
    if (carriers >= ResearchView.SMALLEST_COUNT) {
      double alleles = 2.0 * consented;
      variant.put(
          "frequencyInPopulations",
          List.of(
              Map.of(
                  "source",
                  "GMS research participants (consented at the time of the query)",
                  "sourceReference",
                  "/beacon/v2/info",
                  "version",
                  "store version " + version,
                  "frequencies",
                  List.of(
                      Map.of(
                          "population",
                          "GMS research participants",
                          "alleleFrequency",
                          (match.het() + 2.0 * match.hom()) / alleles)))));
    }
    return variant;
  }

  private static String variantType(VariantKey key) {
    if (key.isSnv()) {
      return "SNP";
    }
    if (key.alt().isEmpty()) {
      return "DEL";
    }
    if (key.ref().isEmpty()) {
      return "INS";
    }
    return key.ref().length() == key.alt().length() ? "MNP" : "INDEL";
  }
}
