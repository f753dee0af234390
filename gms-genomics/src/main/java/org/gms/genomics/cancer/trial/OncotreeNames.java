package org.gms.genomics.cancer.trial;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.LoadedOnce;
import org.gms.genomics.cancer.tumourtype.OncotreeNode;
import org.gms.genomics.cancer.tumourtype.TumourTypes;

/**
 * The bundled OncoTree (the release {@link TumourTypes} uses) by code and by name, with its
 * hierarchy: CTML names diagnoses by OncoTree name ({@code Non-Small Cell Lung Cancer}) and means
 * the type and its descendants.
 */
public final class OncotreeNames {

  /** CTML's "every solid tumour" and "every haematological malignancy". */
  public static final String SOLID = "_SOLID_";

  public static final String LIQUID = "_LIQUID_";

  /** Tissue names of older OncoTree releases that CTML files still use. */
  private static final Map<String, String> FORMER_NAMES =
      Map.of(
          "ovary", "OVARY",
          "ovary/fallopian tube", "OVARY",
          "bladder", "BLADDER",
          "cns", "BRAIN",
          "esophagus", "STOMACH",
          "vulva", "VULVA");

  private final Map<String, OncotreeNode> byCode = new HashMap<>();
  private final Map<String, String> codeByName = new HashMap<>();
  private final Map<String, String> codeByMainType = new HashMap<>();

  private static final LoadedOnce<OncotreeNames> BUNDLED = LoadedOnce.of(OncotreeNames::load);

  private OncotreeNames() {}

  /** The bundled OncoTree. */
  public static OncotreeNames bundled() {
    return BUNDLED.get();
  }

  private static OncotreeNames load() {
    OncotreeNames o = new OncotreeNames();
    OncotreeNode.forEachBundled(
        n -> {
          o.byCode.put(n.code(), n);
          o.codeByName.putIfAbsent(n.name().toLowerCase(Locale.ROOT), n.code());
          if (!n.mainType().isEmpty()) {
            // A main type names its shallowest node (parents are read before children).
            o.codeByMainType.putIfAbsent(n.mainType().toLowerCase(Locale.ROOT), n.code());
          }
        });
    o.codeByMainType.forEach(o.codeByName::putIfAbsent);
    FORMER_NAMES.forEach(o.codeByName::putIfAbsent);
    return o;
  }

  /** The OncoTree code a CTML name or code stands for ({@code _SOLID_} stays as it is). */
  public Optional<String> resolve(String nameOrCode) {
    String t = nameOrCode.trim();
    if (t.equals(SOLID) || t.equals(LIQUID)) {
      return Optional.of(t);
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (byCode.containsKey(upper)) {
      return Optional.of(upper);
    }
    return Optional.ofNullable(codeByName.get(t.toLowerCase(Locale.ROOT)));
  }

  /** Whether the code is known. */
  public boolean known(String code) {
    return byCode.containsKey(code);
  }

  /** The name of a code, or the code itself when unknown. */
  public String name(String code) {
    OncotreeNode n = byCode.get(code);
    return n == null ? code : n.name();
  }

  /**
   * Whether {@code code} is {@code ancestor} or below it; {@code _SOLID_} and {@code _LIQUID_} take
   * every non-haematological and haematological type.
   */
  public boolean isA(String code, String ancestor) {
    return isA.computeIfAbsent(code + '|' + ancestor, k -> walk(code, ancestor));
  }

  private final Map<String, Boolean> isA = new java.util.concurrent.ConcurrentHashMap<>();

  private boolean walk(String code, String ancestor) {
    if (ancestor.equals(SOLID)) {
      return byCode.containsKey(code) && !haematological(code);
    }
    if (ancestor.equals(LIQUID)) {
      return haematological(code);
    }
    for (String c = code; c != null && !c.isEmpty(); ) {
      if (c.equals(ancestor)) {
        return true;
      }
      OncotreeNode n = byCode.get(c);
      c = n == null ? null : n.parent();
    }
    return false;
  }

  /** Myeloid or lymphoid. */
  public boolean haematological(String code) {
    return walk(code, "MYELOID") || walk(code, "LYMPH");
  }

  /** Up to eight names containing the text, for an error message. */
  public List<String> closeMatches(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    String[] words = t.split("[^a-z0-9]+");
    return byCode.values().stream()
        .filter(
            n -> {
              String name = n.name().toLowerCase(Locale.ROOT);
              for (String w : words) {
                if (w.length() >= 4 && name.contains(w)) {
                  return true;
                }
              }
              return false;
            })
        .map(n -> n.name() + " (" + n.code() + ")")
        .sorted()
        .limit(8)
        .toList();
  }

  static final Set<String> SPECIAL = Set.of(SOLID, LIQUID);
}
