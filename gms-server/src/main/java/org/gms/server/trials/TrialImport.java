package org.gms.server.trials;

import java.util.List;

/**
 * What an import did.
 *
 * @param trials the trials read, each imported or replaced
 * @param unchanged trials whose document was imported before as it is (nothing done)
 * @param opened trials that are open now and were not before (new, or re-opened)
 * @param alerts alerts raised for new matches
 * @param warnings criteria GMS does not assess, with where they are
 */
public record TrialImport(
    List<String> trials,
    List<String> unchanged,
    List<String> opened,
    int alerts,
    List<String> warnings) {

  public TrialImport {
    trials = List.copyOf(trials);
    unchanged = List.copyOf(unchanged);
    opened = List.copyOf(opened);
    warnings = List.copyOf(warnings);
  }
}
