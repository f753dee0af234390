package org.gms.genomics.cancer.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.cancer.input.TabularFile;

/**
 * Reads the four tables of a CIViC release (variant, molecular profile, clinical evidence and
 * assertion summaries): accepted evidence and assertions with an AMP level, attached to the variant
 * of each single-variant molecular profile.
 */
final class CivicTables {

  private CivicTables() {}

  /** What a release holds: its variants, their evidence, and every accepted evidence item. */
  record Contents(
      String release,
      List<CivicVariant> variants,
      Map<Integer, List<CivicEvidence>> byVariant,
      List<CivicEvidence> evidence) {
    Contents {
      variants = List.copyOf(variants);
      byVariant = Map.copyOf(byVariant);
      evidence = List.copyOf(evidence);
    }
  }

  interface Opener {
    InputStream open(String part);
  }

  static Contents read(String release, Opener opener) {
    try {
      List<CivicVariant> variants = new ArrayList<>();
      try (InputStream in = opener.open("VariantSummaries")) {
        TabularFile.read(
            in,
            release + "-VariantSummaries.tsv",
            f -> f.require("CIViC variant summary", "variant_id", "gene", "variant"),
            (f, row) ->
                variants.add(
                    new CivicVariant(
                        (int) row.number("variant_id", 0),
                        row.get("gene"),
                        row.get("variant"),
                        row.get("reference_build").equals("GRCh37") ? row.get("chromosome") : "",
                        row.number("start", 0),
                        row.number("stop", 0),
                        row.get("reference_bases"),
                        row.get("variant_bases"),
                        split(row.get("variant_types"), ","),
                        split(row.get("variant_aliases"), ","))));
      }
      Map<Integer, Integer> profileToVariant = new HashMap<>();
      try (InputStream in = opener.open("MolecularProfileSummaries")) {
        TabularFile.read(
            in,
            release + "-MolecularProfileSummaries.tsv",
            f ->
                f.require("CIViC molecular profile summary", "molecular_profile_id", "variant_ids"),
            (f, row) -> {
              List<String> ids = split(row.get("variant_ids"), ",");
              if (ids.size() == 1) {
                profileToVariant.put(
                    (int) row.number("molecular_profile_id", 0),
                    Integer.parseInt(ids.get(0).trim()));
              }
            });
      }
      Map<Integer, List<CivicEvidence>> byVariant = new HashMap<>();
      List<CivicEvidence> all = new ArrayList<>();
      try (InputStream in = opener.open("ClinicalEvidenceSummaries")) {
        TabularFile.read(
            in,
            release + "-ClinicalEvidenceSummaries.tsv",
            f ->
                f.require(
                    "CIViC clinical evidence summary",
                    "molecular_profile_id",
                    "evidence_type",
                    "evidence_level",
                    "evidence_status"),
            (f, row) -> {
              if (!row.get("evidence_status").equals("accepted")) {
                return;
              }
              CivicEvidence e =
                  new CivicEvidence(
                      (int) row.number("evidence_id", 0),
                      (int) row.number("molecular_profile_id", 0),
                      row.get("molecular_profile"),
                      row.get("disease"),
                      row.get("doid"),
                      split(row.get("therapies"), ","),
                      row.get("therapy_interaction_type"),
                      row.get("evidence_type"),
                      row.get("evidence_direction"),
                      row.get("evidence_level"),
                      row.get("significance"),
                      row.get("citation"),
                      row.get("citation_id"),
                      row.get("source_type"),
                      (int) row.number("rating", 0),
                      row.get("variant_origin"),
                      false);
              all.add(e);
              Integer variant = profileToVariant.get(e.molecularProfileId());
              if (variant != null) {
                byVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(e);
              }
            });
      }
      try (InputStream in = opener.open("AssertionSummaries")) {
        TabularFile.read(
            in,
            release + "-AssertionSummaries.tsv",
            f ->
                f.require(
                    "CIViC assertion summary",
                    "assertion_id",
                    "molecular_profile_id",
                    "amp_category"),
            (f, row) -> {
              String level = ampLevel(row.get("amp_category"));
              if (level.isEmpty()) {
                return;
              }
              CivicEvidence e =
                  new CivicEvidence(
                      (int) row.number("assertion_id", 0),
                      (int) row.number("molecular_profile_id", 0),
                      row.get("molecular_profile"),
                      row.get("disease"),
                      row.get("doid"),
                      split(row.get("therapies"), ","),
                      split(row.get("therapies"), ",").size() > 1 ? "Combination" : "",
                      row.get("assertion_type"),
                      row.get("assertion_direction"),
                      level,
                      row.get("significance"),
                      "CIViC assertion: " + row.get("assertion_summary"),
                      "AID" + row.get("assertion_id"),
                      "CIViC",
                      5,
                      "Somatic",
                      true);
              all.add(e);
              Integer variant = profileToVariant.get(e.molecularProfileId());
              if (variant != null) {
                byVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(e);
              }
            });
      }
      return new Contents(release, variants, byVariant, all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CIViC evidence level an AMP category stands for ("Tier I - Level A" gives A). */
  static String ampLevel(String category) {
    Matcher m = Pattern.compile("Level ([A-D])").matcher(category);
    return m.find() ? m.group(1) : "";
  }

  private static List<String> split(String value, String separator) {
    if (value.isEmpty() || value.equals("N/A")) {
      return List.of();
    }
    return Arrays.stream(value.split(separator))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
