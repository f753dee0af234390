package org.gms.server.knowledge.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.server.analysis.RunPanel;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.TestGenes;
import org.gms.server.knowledge.AlertRule;
import org.gms.server.knowledge.KnowledgeVersion;
import org.gms.server.ordering.OrderCase;
import org.gms.server.record.VariantClassification;

/**
 * An unsolved case whose test's panel has a gene green now that was not green in the panel version
 * its analysis used.
 */
final class PanelRule implements CaseRule {

  private final AlertWriter alerts;
  private final KnowledgeVersion panel;
  private final Map<Long, RunPanel> runPanels;
  private final TestGenes testGenes;
  private final Map<String, Map<String, String>> greenByTest =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param runPanels the panels of each order's latest finished run
   */
  PanelRule(
      AlertWriter alerts,
      KnowledgeVersion panel,
      Map<Long, RunPanel> runPanels,
      TestGenes testGenes) {
    this.alerts = alerts;
    this.panel = panel;
    this.runPanels = runPanels;
    this.testGenes = testGenes;
  }

  @Override
  public int examine(OrderCase order, List<VariantClassification> reported, boolean solved) {
    RunPanel used = runPanels.get(order.id());
    return solved || used == null ? 0 : examine(order, used);
  }

  /** The test's green genes now, each with the panel (or the test itself) that makes it green. */
  private Map<String, String> greenNow(OrderCase order) {
    return greenByTest.computeIfAbsent(
        order.indication() + "|" + order.directoryVersion() + "|" + order.test(),
        k -> {
          Map<String, String> green = new java.util.TreeMap<>();
          testGenes
              .of(order.indication(), order.test(), Optional.of(order.directoryVersion()))
              .ifPresent(
                  list ->
                      list.at(EnumSet.of(Confidence.GREEN))
                          .forEach(g -> green.put(g.symbol(), g.sources().get(0))));
          return green;
        });
  }

  private int examine(OrderCase order, RunPanel used) {
    int raised = 0;
    for (Map.Entry<String, String> gene : greenNow(order).entrySet()) {
      Integer level = used.geneLevels().get(gene.getKey());
      if (level != null && level >= 3) {
        continue;
      }
      String before =
          level == null
              ? "not on the panel"
              : Confidence.ofLevel(level).label() + " (PanelApp level " + level + ")";
      raised +=
          alerts.raise(
              order,
              AlertRule.PANEL_NEW_GREEN_GENE,
              "panel:" + gene.getKey(),
              null,
              gene.getKey(),
              gene.getKey()
                  + " is now green on "
                  + gene.getValue()
                  + "; the analysis had it "
                  + before,
              "Analysis run "
                  + used.runId()
                  + " used "
                  + used.name()
                  + ": "
                  + gene.getKey()
                  + " "
                  + before,
              gene.getValue() + ": " + gene.getKey() + " green",
              panel);
    }
    return raised;
  }
}
