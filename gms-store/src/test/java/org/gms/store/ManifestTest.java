package org.gms.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestTest {

  static Manifest.Run run(int seq, List<Integer> spans) {
    return new Manifest.Run("run " + seq, seq, 1, 1, 1, "now", List.of(), spans);
  }

  @Test
  void spansAreTheIndividualsAsInclusiveRanges() {
    assertThat(Manifest.Run.spans(new int[] {0, 1, 2, 5, 7, 8})).containsExactly(0, 2, 5, 5, 7, 8);
    assertThat(Manifest.Run.spans(new int[] {})).isEmpty();
  }

  @Test
  void runsAreDisjointOnlyWhenNoIndividualIsInTwoOfThoseAsked() {
    Manifest m =
        new Manifest(
            Manifest.FORMAT,
            1,
            1000,
            5,
            List.of(
                run(1, List.of(0, 999)),
                run(2, List.of(1000, 1999)),
                run(3, List.of(500, 500, 3000, 3999)),
                run(4, null)),
            List.of());
    assertThat(m.disjointIndividuals(Set.of(1, 2))).isTrue();
    assertThat(m.disjointIndividuals(Set.of(2, 3))).isTrue();
    assertThat(m.disjointIndividuals(Set.of(1, 3))).isFalse(); // individual 500
    assertThat(m.disjointIndividuals(Set.of(1, 2, 3))).isFalse();
    assertThat(m.disjointIndividuals(Set.of(2, 4))).isFalse(); // run 4's people are not known
    assertThat(m.disjointIndividuals(Set.of(2))).isTrue();
  }
}
