package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demonstration trio: a real background, Mendelian-consistent parents, one de novo site. */
class DemoTrioVcfTest {

  private final List<String[]> records =
      new String(DemoTrioVcf.build(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList();

  @Test
  void carriesTheWholePlatinumChr21BackgroundAndTheCausativeVariantFirst() {
    assertThat(records).hasSize(65_371);
    assertThat(records.get(0)).startsWith("chr2", "47838938", ".", "AAG", "A");
    assertThat(records.subList(1, records.size())).allMatch(f -> f[0].equals("chr21"));
    assertThat(records.stream().filter(f -> f[6].equals("Silver")).count()).isEqualTo(4302);
  }

  @Test
  void everyBackgroundSiteIsMendelianConsistentAndOnlyFbxo11IsDeNovo() {
    int deNovo = 0;
    for (String[] f : records) {
      List<String> child = Arrays.asList(f[9].split(":")[0].split("[|/]"));
      List<String> mother = Arrays.asList(f[10].split(":")[0].split("/"));
      List<String> father = Arrays.asList(f[11].split(":")[0].split("/"));
      if (child.contains(".")) {
        assertThat(mother).containsOnly(".");
        assertThat(father).containsOnly(".");
        continue;
      }
      boolean fromParents =
          (father.contains(child.get(0)) && mother.contains(child.get(1)))
              || (father.contains(child.get(1)) && mother.contains(child.get(0)));
      if (!fromParents) {
        deNovo++;
        assertThat(f[1]).as("the only de novo site").isEqualTo("47838938");
      }
    }
    assertThat(deNovo).isEqualTo(1);
  }

  @Test
  void theParentsAreTheSameOnEveryBuild() {
    assertThat(DemoTrioVcf.build()).isEqualTo(DemoTrioVcf.build());
  }
}
