package org.gms.genomics.cancer.tumourtype;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.LoadedOnce;
import org.gms.genomics.cancer.input.TabularFile;

/**
 * The bundled tumour-type vocabularies: OncoTree 2025-10-03 (CC BY 4.0), the Disease Ontology
 * 2026-07-31 (CC0), the oncoPhenoMap OncoTree-DOID map (MIT) and the curated M-code table.
 */
public final class TumourTypes {

  /** The DO roots whose evidence is pan-cancer rather than a tumour type. */
  static final Set<String> PAN_CANCER_DOIDS =
      Set.of("DOID:162", "DOID:14566", "DOID:0050686", "DOID:0050687", "DOID:4");

  private static final Set<String> HAEM_DOIDS = Set.of("DOID:2531", "DOID:0060083", "DOID:1240");

  public static final String ONCOTREE_VERSION = "OncoTree 2025_10_03";
  public static final String DO_VERSION = "Disease Ontology 2026-07-31";

  private final Map<String, OncotreeNode> oncotree = new HashMap<>();
  private final Map<String, String> doLabel = new HashMap<>();
  private final Map<String, List<String>> doParents = new HashMap<>();
  private final Map<String, String> oncotreeToDoid = new HashMap<>();
  private final Map<String, String> mCodes = new HashMap<>();
  private final Map<String, Set<String>> ancestorCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private TumourTypes() {}

  private static final LoadedOnce<TumourTypes> BUNDLED = LoadedOnce.of(TumourTypes::load);

  public static TumourTypes bundled() {
    return BUNDLED.get();
  }

  private static TumourTypes load() {
    TumourTypes t = new TumourTypes();
    String base = "/org/gms/genomics/cancer/tumourtype/";
    OncotreeNode.forEachBundled(n -> t.oncotree.put(n.code(), n));
    Map<String, String> labelToId = new HashMap<>();
    List<String[]> parentLabels = new ArrayList<>();
    TabularFile.readResource(
        TumourTypes.class,
        base + "DOreports_HumanDO_2026-07-31.tsv.gz",
        f -> {},
        (f, row) -> {
          String id = unquote(row.get("id"));
          String label = unquote(row.get("label"));
          t.doLabel.put(id, label);
          labelToId.putIfAbsent(label, id);
          parentLabels.add(new String[] {id, unquote(row.get("subClassOf"))});
        });
    for (String[] p : parentLabels) {
      String parent = labelToId.get(p[1]);
      if (parent != null) {
        t.doParents.computeIfAbsent(p[0], k -> new ArrayList<>()).add(parent);
      }
    }
    TabularFile.readResource(
        TumourTypes.class,
        base + "oncoPhenoMap_oncotree_basic.tsv.gz",
        f -> {},
        (f, row) -> {
          String code = row.get("ot_code");
          String doid = row.get("do_id");
          if (!code.isEmpty() && !doid.isEmpty()) {
            t.oncotreeToDoid.putIfAbsent(code, doid);
          }
        });
    TabularFile.readResource(
        TumourTypes.class,
        base + "oncotree-doid-additions.tsv",
        f -> {},
        (f, row) -> t.oncotreeToDoid.putIfAbsent(row.get("oncotree_code"), row.get("do_id")));
    TabularFile.readResource(
        TumourTypes.class,
        base + "mcode-oncotree.tsv",
        f -> {},
        (f, row) ->
            t.mCodes.put(row.get("m_code").toUpperCase(Locale.ROOT), row.get("oncotree_code")));
    return t;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  /**
   * Resolves an OncoTree code ({@code NSCLC}), a DOID ({@code DOID:3908}) or an M-code ({@code
   * M4}).
   *
   * @throws GenomicsException naming close matches when the code is unknown
   */
  public TumourType resolve(String code) {
    String c = code == null ? "" : code.trim();
    if (c.isEmpty()) {
      throw new GenomicsException(
          "No tumour type given: use an OncoTree code (e.g. NSCLC), a DOID (DOID:3908) or an M-code (M4)");
    }
    String upper = c.toUpperCase(Locale.ROOT);
    if (upper.matches("M\\d+")) {
      String onco = mCodes.get(upper);
      if (onco == null) {
        throw new GenomicsException(
            "Tumour type '"
                + c
                + "': this M-code has no single OncoTree histology in the curated table"
                + " (a differential or a non-tumour indication); give an OncoTree code or a DOID instead");
      }
      return fromOncotree(c, onco);
    }
    if (upper.startsWith("DOID:")) {
      String id = "DOID:" + c.substring(5);
      String label = doLabel.get(id);
      if (label == null) {
        throw new GenomicsException(
            "Tumour type '" + c + "' is not a Disease Ontology id in " + DO_VERSION);
      }
      String onco =
          oncotreeToDoid.entrySet().stream()
              .filter(e -> e.getValue().equals(id))
              .map(Map.Entry::getKey)
              .sorted()
              .findFirst()
              .orElse("");
      return new TumourType(c, onco, label, id, isHaematological(id, onco));
    }
    if (upper.equals("SOLID")) {
      return new TumourType(c, "", "Solid tumour (histology not specified)", "", false);
    }
    if (oncotree.containsKey(upper)) {
      return fromOncotree(c, upper);
    }
    throw new GenomicsException(
        "Unknown tumour type '"
            + c
            + "': not an OncoTree code ("
            + ONCOTREE_VERSION
            + "), a DOID or an M-code."
            + " Close matches: "
            + closeMatches(c));
  }

  private TumourType fromOncotree(String given, String code) {
    if (code.equals("SOLID")) {
      return new TumourType(given, "", "Solid tumour (histology not specified)", "", false);
    }
    OncotreeNode node = oncotree.get(code);
    String doid = "";
    for (OncotreeNode n = node; n != null && doid.isEmpty(); n = oncotree.get(n.parent())) {
      doid = oncotreeToDoid.getOrDefault(n.code(), "");
    }
    return new TumourType(given, code, node.name(), doid, isHaematological(doid, code));
  }

  private boolean isHaematological(String doid, String oncotreeCode) {
    OncotreeNode n = oncotree.get(oncotreeCode);
    if (n != null && (n.tissue().equals("Lymphoid") || n.tissue().equals("Myeloid"))) {
      return true;
    }
    return !doid.isEmpty() && ancestors(doid).stream().anyMatch(HAEM_DOIDS::contains);
  }

  /**
   * OncoTree types whose code or name contains the text, ignoring case: the exact code first, then
   * codes starting with it, then the others by name; at most {@code limit}. An empty text gives
   * none.
   */
  public List<TumourType> search(String text, int limit) {
    String q = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    return oncotree.values().stream()
        .filter(n -> !n.code().equals("SOLID"))
        .filter(n -> n.code().contains(q) || n.name().toUpperCase(Locale.ROOT).contains(q))
        .sorted(
            Comparator.comparingInt(
                    (OncotreeNode n) -> n.code().equals(q) ? 0 : n.code().startsWith(q) ? 1 : 2)
                .thenComparing(OncotreeNode::name))
        .limit(limit)
        .map(n -> fromOncotree(n.code(), n.code()))
        .toList();
  }

  /**
   * Up to eight codes or names closest to a string: OncoTree names containing it, then codes by
   * edit distance (a swap of two neighbouring letters counts as one edit).
   */
  public List<String> closeMatches(String query) {
    String q = query.toUpperCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    oncotree.values().stream()
        .filter(n -> n.name().toUpperCase(Locale.ROOT).contains(q) && q.length() >= 3)
        .sorted(Comparator.comparing(OncotreeNode::code))
        .limit(4)
        .forEach(n -> out.add(n.code() + " (" + n.name() + ")"));
    oncotree.values().stream()
        .sorted(
            Comparator.comparingInt((OncotreeNode n) -> distance(q, n.code()))
                .thenComparing(OncotreeNode::code))
        .limit(8 - out.size())
        .forEach(
            n -> {
              String s = n.code() + " (" + n.name() + ")";
              if (!out.contains(s)) {
                out.add(s);
              }
            });
    return out;
  }

  private static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] =
            Math.min(
                Math.min(cur[j - 1] + 1, prev[j] + 1),
                prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1); // transposition
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** A DOID and all its Disease Ontology ancestors. */
  public Set<String> ancestors(String doid) {
    return ancestorCache.computeIfAbsent(
        doid,
        d -> {
          Set<String> seen = new HashSet<>();
          Deque<String> todo = new ArrayDeque<>(List.of(d));
          while (!todo.isEmpty()) {
            String x = todo.pop();
            if (seen.add(x)) {
              todo.addAll(doParents.getOrDefault(x, List.of()));
            }
          }
          return Set.copyOf(seen);
        });
  }

  /**
   * How evidence for a disease ({@code evidenceDoid} as CIViC writes it, digits or {@code DOID:n};
   * {@code diseaseName} for CIViC's "Solid Tumor" without id) relates to the patient's type.
   */
  public TypeMatch match(TumourType patient, String evidenceDoid, String diseaseName) {
    String id =
        evidenceDoid == null || evidenceDoid.isBlank()
            ? ""
            : evidenceDoid.startsWith("DOID:") ? evidenceDoid : "DOID:" + evidenceDoid;
    if (id.isEmpty()) {
      if ("Solid Tumor".equalsIgnoreCase(diseaseName) || "Cancer".equalsIgnoreCase(diseaseName)) {
        return patient.haematological() && "Solid Tumor".equalsIgnoreCase(diseaseName)
            ? TypeMatch.OTHER
            : TypeMatch.PAN_CANCER;
      }
      return TypeMatch.OTHER;
    }
    if (PAN_CANCER_DOIDS.contains(id)) {
      return TypeMatch.PAN_CANCER;
    }
    if (patient.doid().isEmpty()) {
      return TypeMatch.OTHER;
    }
    if (ancestors(patient.doid()).contains(id)) {
      return TypeMatch.SAME;
    }
    // evidence for a subtype of the given type (HER2-positive breast cancer for breast carcinoma):
    // the patient's subtype is not known to be another one, so it applies too
    return ancestors(id).contains(patient.doid()) ? TypeMatch.SAME : TypeMatch.OTHER;
  }

  /** The Disease Ontology label of an id, or empty. */
  public String doLabel(String doid) {
    return doLabel.getOrDefault(doid, "");
  }
}
