package org.gms.genomics.cancer.tumourtype;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.gms.genomics.cancer.input.TabularFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A node of the bundled OncoTree release ({@link TumourTypes#ONCOTREE_VERSION}).
 *
 * @param code its OncoTree code, e.g. {@code LUAD}
 * @param name e.g. {@code Lung Adenocarcinoma}
 * @param parent the parent's code; empty at the root
 * @param tissue the tissue it belongs to, e.g. {@code Lung}; empty where the release gives none
 * @param mainType its main type, e.g. {@code Non-Small Cell Lung Cancer}; empty where none is given
 */
public record OncotreeNode(
    String code, String name, String parent, String tissue, String mainType) {

  private static final String RESOURCE =
      "/org/gms/genomics/cancer/tumourtype/oncotree_2025_10_03.json.gz";

  public OncotreeNode {
    if (code == null || code.isEmpty()) {
      throw new IllegalArgumentException("An OncoTree node needs its code (" + name + ")");
    }
  }

  /** Reads the bundled release: each node once, a parent before its children. */
  public static void forEachBundled(Consumer<OncotreeNode> visit) {
    try (InputStream in = TabularFile.resource(TumourTypes.class, RESOURCE)) {
      Deque<JsonNode> queue = new ArrayDeque<>();
      queue.add(new ObjectMapper().readTree(in).get("TISSUE"));
      while (!queue.isEmpty()) {
        JsonNode n = queue.poll();
        JsonNode mainType = n.path("mainType");
        visit.accept(
            new OncotreeNode(
                n.get("code").asString(),
                n.get("name").asString(),
                text(n.path("parent")),
                text(n.path("tissue")),
                mainType.isString() ? mainType.asString() : ""));
        n.get("children").properties().forEach(e -> queue.add(e.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode field) {
    return field.isNull() ? "" : field.asString("");
  }
}
