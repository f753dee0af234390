package org.gms.server.insights.internal;

import java.nio.file.Path;
import org.gms.server.insights.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The denominators of the rates, by dimension: geographies (configured), ethnic groups (Census
 * 2021, bundled) and deprivation deciles ({@link EquityGroups}), and age bands and sexes from the
 * population file named by {@value #PROPERTY} ({@link AgeSexPopulationFile}), read once at start;
 * without that file, age bands and sexes have no rates and {@link #note} says why.
 */
@Component
class Populations {

  static final String PROPERTY = "gms.insights.population-by-age-sex";

  static final String NOT_CONFIGURED =
      "Rates by age band and by sex need England's population by age and sex, which is not"
          + " configured: download the ONS mid-year population estimates (long format, CSV) and"
          + " set "
          + PROPERTY
          + " to the file (docs/insights.md, 'Rates by age band and sex'). No rates are shown"
          + " until then.";

  private final InsightsSettings settings;
  private final AgeSexPopulation ageSex;

  @Autowired
  Populations(InsightsSettings settings) {
    this(
        settings,
        settings.populationByAgeSex() == null
            ? null
            : AgeSexPopulationFile.read(Path.of(settings.populationByAgeSex())));
  }

  /**
   * @param ageSex the population by age and sex, or null when none is configured
   */
  Populations(InsightsSettings settings, AgeSexPopulation ageSex) {
    this.settings = settings;
    this.ageSex = ageSex;
  }

  /** The population of a dimension's value, or null where it has none. */
  Long of(Dimension d, String value) {
    return switch (d) {
      case AGE_BAND -> ageSex == null ? null : ageSex.band(value);
      case SEX -> ageSex == null ? null : ageSex.sex(value);
      default -> EquityGroups.population(d, value, settings.nation(), settings.population());
    };
  }

  /**
   * The national population a dimension's rates are compared with: the same source as its values'
   * populations (the population file's total for age bands and sexes, Census 2021 for ethnic
   * groups), else the configured national population.
   */
  long nation(Dimension d) {
    if ((d == Dimension.AGE_BAND || d == Dimension.SEX) && ageSex != null) {
      return ageSex.total();
    }
    return EquityGroups.nation(d, settings.nation());
  }

  /** Why a dimension has no rates though rates by it are asked for, or null. */
  String note(Dimension d) {
    return (d == Dimension.AGE_BAND || d == Dimension.SEX) && ageSex == null
        ? NOT_CONFIGURED
        : null;
  }
}
