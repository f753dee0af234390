package org.gms.server.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.server.directory.TestMethodCategory;
import org.gms.server.directory.TestTarget;

/**
 * Reads what a cancer test's name says: the cancer directory has no method or target column, so the
 * name carries both ({@code Combined Multi-target NGS panel - small variant (EGFR, ALK, BRAF, KRAS,
 * MET exon 14 skipping) and structural variant (ROS1, RET, ALK, NTRK1, NTRK2, NTRK3, MET exon 14
 * skipping)}, {@code EML4-ALK FISH/RT-PCR}, {@code KRAS hotspot}). Methods are taken in the order
 * written; targets are HGNC approved symbols written exactly (case-sensitive), two of them joined
 * by a hyphen as a fusion, and {@code GENE exon N skipping} as a variant target. The name itself is
 * kept as published.
 */
final class CancerTestName {

  /**
   * What a name says.
   *
   * @param target the target part of the name: the parenthesised gene lists joined by {@code ; },
   *     or the name without its age group when it has none
   */
  record Parsed(List<TestMethodCategory> methods, String target, List<TestTarget> targets) {
    Parsed {
      methods = List.copyOf(methods);
      targets = List.copyOf(targets);
    }
  }

  private static final Pattern AGE_GROUP = Pattern.compile("^(?:Paediatric|Adult),\\s*");
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*[A-Z]{2}[^()]*)\\)");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;&/]|\\band\\b)\\s*");
  private static final Pattern EXON_SKIPPING =
      Pattern.compile("([A-Z0-9]+) exon (\\d+) skipping", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]");

  /**
   * Method phrases (lower case) in the order they are checked; the earliest written comes first.
   */
  private static final Map<String, TestMethodCategory> PHRASES = new LinkedHashMap<>();

  static {
    PHRASES.put("ctdna", TestMethodCategory.CTDNA);
    PHRASES.put("small variant", TestMethodCategory.NGS_SMALL_VARIANT);
    PHRASES.put("structural variant", TestMethodCategory.NGS_STRUCTURAL_VARIANT);
    PHRASES.put("copy number variant", TestMethodCategory.NGS_COPY_NUMBER);
    PHRASES.put("copy number variation", TestMethodCategory.NGS_COPY_NUMBER);
    PHRASES.put("wgs germline and tumo", TestMethodCategory.WGS_TUMOUR_GERMLINE);
    PHRASES.put("wgs tumour first", TestMethodCategory.WGS_TUMOUR_GERMLINE);
    PHRASES.put("wgs follow-up germline", TestMethodCategory.WGS);
    PHRASES.put("methylation", TestMethodCategory.METHYLATION);
    PHRASES.put("fish", TestMethodCategory.FISH);
    PHRASES.put("rt-pc", TestMethodCategory.RT_PCR);
    PHRASES.put("rt-qpcr", TestMethodCategory.RT_PCR);
    PHRASES.put("hotspot", TestMethodCategory.HOTSPOT);
    PHRASES.put("msi", TestMethodCategory.MSI);
    PHRASES.put("microsatellite", TestMethodCategory.MSI);
    PHRASES.put("karyotype", TestMethodCategory.CYTOGENETICS);
    PHRASES.put("snp array", TestMethodCategory.MICROARRAY);
    PHRASES.put(" seq", TestMethodCategory.SINGLE_GENE);
    PHRASES.put("str testing", TestMethodCategory.REPEAT_EXPANSION);
  }

  private final GeneReference genes;

  CancerTestName(GeneReference genes) {
    this.genes = genes;
  }

  Parsed parse(String name) {
    String text = AGE_GROUP.matcher(name.strip()).replaceFirst("");
    return new Parsed(methods(text), targetText(text), targets(text));
  }

  /** The methods the name states, in the order written; {@code OTHER} when it states none. */
  static List<TestMethodCategory> methods(String name) {
    String lower = " " + name.toLowerCase(Locale.ROOT) + " ";
    TreeMap<Integer, TestMethodCategory> byPosition = new TreeMap<>();
    PHRASES.forEach(
        (phrase, method) -> {
          int at = lower.indexOf(phrase);
          boolean ngsCopyNumber = method == TestMethodCategory.NGS_COPY_NUMBER;
          if (at >= 0 && (!ngsCopyNumber || lower.contains("ngs") || lower.contains("ctdna"))) {
            if (!byPosition.containsValue(method)) {
              byPosition.put(at, method);
            }
          }
        });
    if (byPosition.isEmpty() && lower.contains("copy number")) {
      byPosition.put(0, TestMethodCategory.CNV_DETECTION);
    }
    List<TestMethodCategory> methods = new ArrayList<>(byPosition.values());
    return methods.isEmpty() ? List.of(TestMethodCategory.OTHER) : methods;
  }

  private static String targetText(String text) {
    List<String> lists = new ArrayList<>();
    Matcher m = PARENTHESES.matcher(text);
    while (m.find()) {
      lists.add(m.group(1).strip());
    }
    return lists.isEmpty() ? text : String.join("; ", lists);
  }

  private List<TestTarget> targets(String text) {
    Map<String, TestTarget> found = new LinkedHashMap<>();
    for (String item : SEPARATOR.split(text.replace('(', ',').replace(')', ','))) {
      Matcher skipping = EXON_SKIPPING.matcher(item);
      if (skipping.find()) {
        String variant = skipping.group().strip();
        genes
            .byApprovedSymbol(skipping.group(1))
            .ifPresent(
                gene ->
                    found.putIfAbsent(
                        "other " + variant,
                        new TestTarget(
                            TestTarget.Kind.OTHER, variant, null, gene.symbol(), gene.hgncId())));
        continue;
      }
      for (String word :
          WORD.matcher(item).results().map(java.util.regex.MatchResult::group).toList()) {
        var gene = genes.byApprovedSymbol(word);
        if (gene.isPresent()) {
          found.putIfAbsent(
              "gene " + gene.get().symbol(),
              new TestTarget(
                  TestTarget.Kind.GENE, word, null, gene.get().symbol(), gene.get().hgncId()));
          continue;
        }
        String[] parts = word.split("-");
        if (parts.length == 2
            && genes.byApprovedSymbol(parts[0]).isPresent()
            && genes.byApprovedSymbol(parts[1]).isPresent()) {
          found.putIfAbsent(
              "fusion " + word, new TestTarget(TestTarget.Kind.FUSION, word, null, null, null));
        }
      }
    }
    return new ArrayList<>(found.values());
  }
}
