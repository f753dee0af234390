package org.gms.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.interpretation.GenePanel;
import org.gms.genomics.interpretation.PanelConfidence;
import org.gms.genomics.interpretation.PanelGene;
import org.gms.server.GmsException;
import org.gms.server.directory.Confidence;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.GenePanels;
import org.gms.server.directory.Indication;
import org.gms.server.directory.PanelGeneList;
import org.gms.server.directory.PanelLink;
import org.gms.server.directory.TestDirectory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A gene panel from the platform's test directory, for the interpretation core: the current version
 * of a PanelApp panel, or the union of an indication's panels (a gene rated differently by two
 * panels keeps its best rating and every mode of inheritance given).
 */
final class DirectoryPanel {

  private static final Set<Confidence> ALL = Set.of(Confidence.values());

  private DirectoryPanel() {}

  static GenePanel forIndication(DatabaseOptions database, String code) {
    try (ConfigurableApplicationContext context = start(database)) {
      Indication indication =
          context
              .getBean(TestDirectory.class)
              .indication(code, Optional.empty())
              .orElseThrow(
                  () ->
                      new GmsException(
                          GmsException.Kind.NOT_FOUND,
                          "No clinical indication "
                              + code
                              + " in the test directory; find codes with ./gms directory search"));
      GenePanels panels = context.getBean(GenePanels.class);
      List<PanelGeneList> lists = new ArrayList<>();
      for (PanelLink link : indication.panels()) {
        if (link.available()) {
          panels.geneList(link.id(), Optional.empty(), ALL).ifPresent(lists::add);
        }
      }
      if (lists.isEmpty()) {
        throw new GmsException(
            GmsException.Kind.INVALID_INPUT,
            code
                + " ("
                + indication.name()
                + ") has no gene panel in the directory; use --panel ID or --gene-agnostic");
      }
      return merge(code + " " + indication.name(), lists);
    }
  }

  static GenePanel forPanel(DatabaseOptions database, int id) {
    try (ConfigurableApplicationContext context = start(database)) {
      GenePanels panels = context.getBean(GenePanels.class);
      PanelGeneList list =
          panels
              .geneList(id, Optional.empty(), ALL)
              .orElseThrow(
                  () ->
                      new GmsException(
                          GmsException.Kind.NOT_FOUND,
                          "No PanelApp panel "
                              + id
                              + " in the test directory; find panels with ./gms directory search"));
      return merge(list.name(), List.of(list));
    }
  }

  private static GenePanel merge(String name, List<PanelGeneList> lists) {
    Map<String, PanelGene> genes = new LinkedHashMap<>();
    for (PanelGeneList list : lists) {
      for (org.gms.server.directory.PanelGene gene : list.genes()) {
        PanelGene mapped =
            PanelGene.of(
                gene.symbol(),
                PanelConfidence.fromPanelAppLevel(gene.level()),
                PanelGene.modesFromPanelApp(gene.modeOfInheritance()));
        genes.merge(gene.symbol(), mapped, DirectoryPanel::better);
      }
    }
    String versions =
        String.join(
            ", ",
            lists.stream()
                .map(l -> l.name() + " v" + l.version() + " (PanelApp " + l.panelId() + ")")
                .toList());
    return new GenePanel(name, versions, List.copyOf(genes.values()));
  }

  private static PanelGene better(PanelGene a, PanelGene b) {
    PanelGene best = a.confidence().compareTo(b.confidence()) <= 0 ? a : b;
    var modes = new java.util.HashSet<>(a.modes());
    modes.addAll(b.modes());
    return PanelGene.of(best.symbol(), best.confidence(), modes);
  }

  private static ConfigurableApplicationContext start(DatabaseOptions database) {
    ConfigurableApplicationContext context = ServerContext.offline(database.properties());
    context.getBean(DirectoryImports.class).importBundledIfMissing(step -> {});
    return context;
  }
}
