package org.gms.server.directory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gms.server.GmsException;

/**
 * PanelApp's traffic-light rating of the evidence that a gene causes the panel's disorder. PanelApp
 * publishes it as a level: 3 (and the retired 4) green, 2 amber, 0 and 1 red.
 */
public enum Confidence {
  GREEN,
  AMBER,
  RED;

  /** The rating of a PanelApp confidence level. */
  public static Confidence ofLevel(int level) {
    if (level < 0 || level > 4) {
      throw new IllegalArgumentException("PanelApp confidence levels are 0-4, not " + level);
    }
    return level >= 3 ? GREEN : level == 2 ? AMBER : RED;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a comma-separated choice such as {@code green,amber}; blank means green only, the genes
   * PanelApp considers diagnostic-grade.
   */
  public static Set<Confidence> parseSet(String text) {
    if (text == null || text.isBlank()) {
      return EnumSet.of(GREEN);
    }
    EnumSet<Confidence> chosen = EnumSet.noneOf(Confidence.class);
    for (String part : text.split(",")) {
      String word = part.strip().toUpperCase(Locale.ROOT);
      if (word.equals("ALL")) {
        return EnumSet.allOf(Confidence.class);
      }
      try {
        chosen.add(valueOf(word));
      } catch (IllegalArgumentException e) {
        throw new GmsException(
            "Unknown confidence '"
                + part.strip()
                + "': use green, amber, red or all, separated by commas (e.g. green,amber).");
      }
    }
    return chosen;
  }

  /** The set as text, strongest first, e.g. {@code green,amber}. */
  public static String format(Set<Confidence> levels) {
    return Arrays.stream(values())
        .filter(levels::contains)
        .map(Confidence::label)
        .collect(Collectors.joining(","));
  }
}
