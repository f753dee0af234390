package org.gms.genomics.interpretation;

/**
 * A panel gene's rating, as PanelApp shows it: green (diagnostic grade, level 3), amber (moderate
 * evidence, level 2), red (low evidence, level 0 or 1).
 */
public enum PanelConfidence {
  GREEN,
  AMBER,
  RED;

  /** PanelApp's confidence level: 3 or 4 green, 2 amber, 0 or 1 red. */
  public static PanelConfidence fromPanelAppLevel(int level) {
    if (level < 0 || level > 4) {
      throw new IllegalArgumentException("PanelApp confidence levels run 0 to 4; got " + level);
    }
    return level >= 3 ? GREEN : level == 2 ? AMBER : RED;
  }
}
