package org.gms.server.analysis;

import java.util.Map;

/**
 * The panel a finished rare-disease run looked at, as captured when it was started.
 *
 * @param name the test and its panels with their versions, e.g. {@code R29.4 Intellectual
 *     disability v5.2 (PanelApp 285)}
 * @param geneLevels PanelApp confidence level (0-4; 3 and 4 are green) by gene symbol
 */
public record RunPanel(long orderId, long runId, String name, Map<String, Integer> geneLevels) {

  public RunPanel {
    geneLevels = Map.copyOf(geneLevels);
  }
}
