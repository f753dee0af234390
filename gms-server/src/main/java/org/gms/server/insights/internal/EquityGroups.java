package org.gms.server.insights.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gms.server.insights.Dimension;
import org.gms.server.record.EthnicCategory;

/**
 * The equity groups of a patient and their populations. Ethnic group: the NHS Data Dictionary
 * ethnic category codes mapped to the five high-level groups of Census 2021, whose populations for
 * England (ONS, table TS021) are bundled; the Chinese category (R), under "Other Ethnic Groups" in
 * the NHS (2001 Census) classification, is counted as Asian, as Census 2021 classifies it, so that
 * numerator and denominator agree. Z (not stated), 99 (not known) and no value (not recorded) are
 * groups without a population. Deprivation decile: each decile of the English Indices of
 * Deprivation 2019 holds a tenth of England's LSOAs, so a tenth of the national population is taken
 * as each decile's (an approximation: LSOAs differ in size, by a few per cent per decile).
 */
final class EquityGroups {

  static final String NOT_RECORDED = "Not recorded";
  static final String ASIAN = "Asian or Asian British";
  static final String BLACK = "Black, Black British, Caribbean or African";
  static final String MIXED = "Mixed or multiple ethnic groups";
  static final String WHITE = "White";
  static final String OTHER = "Other ethnic group";

  /** England's usual residents by Census 2021 high-level ethnic group. */
  static final Map<String, Long> ETHNIC_GROUP_POPULATION = load();

  /** England's usual residents at Census 2021 (the sum of the groups). */
  static final long ETHNIC_GROUP_NATION =
      ETHNIC_GROUP_POPULATION.values().stream().mapToLong(Long::longValue).sum();

  private EquityGroups() {}

  /** The group of an ethnic category; null: not recorded. */
  static String ethnicGroup(EthnicCategory category) {
    if (category == null) {
      return NOT_RECORDED;
    }
    return switch (category) {
      case A, B, C -> WHITE;
      case D, E, F, G -> MIXED;
      case H, J, K, L, R -> ASIAN;
      case M, N, P -> BLACK;
      case S -> OTHER;
      case Z -> "Not stated";
      case NOT_KNOWN -> "Not known";
    };
  }

  /** The label of a deprivation decile (two digits, so that labels sort in decile order). */
  static String imdDecile(Integer decile) {
    if (decile == null) {
      return NOT_RECORDED;
    }
    String two = String.format("%02d", decile);
    return decile == 1 ? two + " most deprived" : decile == 10 ? two + " least deprived" : two;
  }

  /**
   * The population of a dimension's value for rates, or null where it has none.
   *
   * @param nation the configured national population (for deprivation deciles)
   * @param geographies the configured populations of the geographies
   */
  static Long population(Dimension d, String value, long nation, Map<String, Long> geographies) {
    return switch (d) {
      case GEOGRAPHY -> geographies.get(value);
      case ETHNIC_GROUP -> ETHNIC_GROUP_POPULATION.get(value);
      case IMD_DECILE -> value.equals(NOT_RECORDED) ? null : Math.round(nation / 10.0);
      default -> null;
    };
  }

  /**
   * The national population a dimension's rates are compared with: the Census 2021 total for ethnic
   * groups (the same source as their populations), else the configured national population.
   */
  static long nation(Dimension d, long nation) {
    return d == Dimension.ETHNIC_GROUP ? ETHNIC_GROUP_NATION : nation;
  }

  private static Map<String, Long> load() {
    String name = "/insights/census-2021-england-ethnic-group.tsv";
    Map<String, Long> out = new LinkedHashMap<>();
    try (InputStream in = EquityGroups.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The bundled resource " + name + " is missing.");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t");
        out.put(cells[0], Long.parseLong(cells[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String group : new String[] {ASIAN, BLACK, MIXED, WHITE, OTHER}) {
      if (!out.containsKey(group)) {
        throw new IllegalStateException(name + " has no population for " + group);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
