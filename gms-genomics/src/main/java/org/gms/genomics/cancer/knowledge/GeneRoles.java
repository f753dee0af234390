package org.gms.genomics.cancer.knowledge;

import java.util.HashMap;
import java.util.Map;
import org.gms.genomics.LoadedOnce;
import org.gms.genomics.cancer.input.TabularFile;

/**
 * Gene roles from the IntOGen driver compendium release 2023-05-31 (Martinez-Jimenez et al., Nat
 * Rev Cancer 2020; CC0). The release gives a ROLE per gene and cohort (Act, LoF, ambiguous) that
 * varies between cohorts; the rule here: the role held in more than half of the gene's cohorts
 * (Act: oncogene; LoF: tumour suppressor), otherwise ambiguous.
 */
public final class GeneRoles {

  public static final String VERSION = "IntOGen 2023-05-31";
  private final Map<String, GeneRole> roles;

  private GeneRoles(Map<String, GeneRole> roles) {
    this.roles = Map.copyOf(roles);
  }

  private static final LoadedOnce<GeneRoles> BUNDLED = LoadedOnce.of(GeneRoles::load);

  public static GeneRoles bundled() {
    return BUNDLED.get();
  }

  private static GeneRoles load() {
    Map<String, int[]> counts = new HashMap<>();
    TabularFile.readResource(
        GeneRoles.class,
        "/org/gms/genomics/cancer/generole/intogen-2023-05-31-Compendium_Cancer_Genes.tsv.gz",
        f -> f.require("IntOGen compendium", "SYMBOL", "ROLE"),
        (f, row) -> {
          int[] c = counts.computeIfAbsent(row.get("SYMBOL"), k -> new int[3]);
          switch (row.get("ROLE")) {
            case "Act" -> c[0]++;
            case "LoF" -> c[1]++;
            default -> c[2]++;
          }
        });
    Map<String, GeneRole> roles = new HashMap<>();
    counts.forEach(
        (gene, c) -> {
          int total = c[0] + c[1] + c[2];
          roles.put(
              gene,
              2 * c[0] > total
                  ? GeneRole.ONCOGENE
                  : 2 * c[1] > total ? GeneRole.TUMOUR_SUPPRESSOR : GeneRole.AMBIGUOUS);
        });
    return new GeneRoles(roles);
  }

  public GeneRole role(String gene) {
    return roles.getOrDefault(gene, GeneRole.NONE);
  }

  public KnowledgeSource source() {
    return new KnowledgeSource("IntOGen driver compendium (gene roles)", "2023-05-31", "CC0 1.0");
  }
}
