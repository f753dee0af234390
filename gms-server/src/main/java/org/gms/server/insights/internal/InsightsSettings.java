package org.gms.server.insights.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each requesting organisation is and how many people live there, under {@code gms.insights}.
 *
 * @param geography the NHS GMS geography of each requesting organisation; an organisation not
 *     listed takes its laboratory's geography (each genomic laboratory hub serves one)
 * @param population people per geography, for rates. The defaults are approximate (England's 57.1
 *     million, ONS mid-2022, shared over the hubs' footprints by region) and should be replaced by
 *     the commissioner's own denominators
 * @param populationByAgeSex the file of England's population by sex and age (ONS mid-year estimates
 *     in long format, or {@code sex,age_band,population}) for the rates by age band and sex; null:
 *     no such rates ({@link AgeSexPopulationFile})
 */
@ConfigurationProperties("gms.insights")
record InsightsSettings(
    Map<String, String> geography, Map<String, Long> population, String populationByAgeSex) {

  static final Map<String, Long> DEFAULT_POPULATION = defaultPopulation();

  InsightsSettings {
    geography = geography == null ? Map.of() : Map.copyOf(geography);
    population =
        population == null || population.isEmpty() ? DEFAULT_POPULATION : Map.copyOf(population);
    populationByAgeSex =
        populationByAgeSex == null || populationByAgeSex.isBlank() ? null : populationByAgeSex;
  }

  private static Map<String, Long> defaultPopulation() {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("Central and South", 11_300_000L);
    out.put("East", 8_000_000L);
    out.put("North East and Yorkshire", 8_200_000L);
    out.put("North Thames", 8_500_000L);
    out.put("North West", 7_500_000L);
    out.put("South East", 8_400_000L);
    out.put("South West", 5_200_000L);
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The geography of an order: its organisation's, else its laboratory's, else "Unknown". */
  String geographyOf(String organisation, String laboratory) {
    String configured = geography.get(organisation);
    if (configured != null) {
      return configured;
    }
    String lab = laboratory.strip();
    for (String name : population.keySet()) {
      if (lab.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
    return "Unknown";
  }

  long nation() {
    return population.values().stream().mapToLong(Long::longValue).sum();
  }
}
