package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.server.directory.TestTarget;

/**
 * Reads the directory's Target/Genes text. It is written by hand, so it takes three forms:
 *
 * <ul>
 *   <li>PanelApp panels, the panel id in parentheses: {@code Hearing loss (126)};
 *   <li>gene lists separated by {@code ;} or {@code ,} or "and", sometimes with a label or a note:
 *       {@code Breast cancer: BRCA1; BRCA2}, {@code FGFR2 c.755 and c.758}, {@code PHOX2B STR};
 *   <li>anything else ({@code Genomewide}, {@code 11p15 imprinted growth regulatory region}).
 * </ul>
 *
 * A word is taken as a gene only when it is an HGNC approved symbol written exactly (gene symbols
 * are case-sensitive, which keeps words such as "As" or "Other" out). A previous symbol (GBA, now
 * GBA1) counts only when it stands alone as a list item: inside a phrase, old symbols such as AS
 * (Angelman syndrome, once a name of HLA-B) or LHON are words of the phrase. Text naming neither
 * panels nor genes becomes one target of kind other.
 */
final class TargetParser {

  private static final Pattern PANEL = Pattern.compile("([^;()]*?)\\s*\\((\\d+)\\)");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[;,]|\\band\\b)\\s*");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]*[A-Za-z0-9]|\\w");

  private final GeneReference genes;

  TargetParser(GeneReference genes) {
    this.genes = genes;
  }

  List<TestTarget> parse(String text) {
    List<TestTarget> targets = new ArrayList<>();
    Matcher panel = PANEL.matcher(text);
    while (panel.find()) {
      targets.add(
          new TestTarget(
              TestTarget.Kind.PANEL,
              panel.group().strip().replaceFirst("^and ", ""),
              Integer.parseInt(panel.group(2)),
              null,
              null));
    }
    if (targets.isEmpty()) {
      targets.addAll(genesIn(text));
    }
    if (targets.isEmpty()) {
      targets.add(new TestTarget(TestTarget.Kind.OTHER, text, null, null, null));
    }
    return targets;
  }

  private List<TestTarget> genesIn(String text) {
    int colon = text.indexOf(':');
    String list = colon >= 0 ? text.substring(colon + 1) : text;
    Map<String, TestTarget> found = new LinkedHashMap<>();
    for (String item : LIST_SEPARATOR.split(list)) {
      List<String> words = WORD.matcher(item).results().map(MatchResult::group).toList();
      for (String word : words) {
        for (String part : word.split("/")) {
          (words.size() == 1 ? genes.bySymbol(part) : genes.byApprovedSymbol(part))
              .ifPresent(
                  gene ->
                      found.putIfAbsent(
                          gene.symbol(),
                          new TestTarget(
                              TestTarget.Kind.GENE,
                              item.strip(),
                              null,
                              gene.symbol(),
                              gene.hgncId())));
        }
      }
    }
    return new ArrayList<>(found.values());
  }
}
