package org.gms.server.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.gms.server.GmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PanelApp: level 3 is green, 2 amber, 0 and 1 red (4 was green in older PanelApp releases). */
class ConfidenceTest {

  @ParameterizedTest(name = "level {0} is {1}")
  @CsvSource({"0, RED", "1, RED", "2, AMBER", "3, GREEN", "4, GREEN"})
  void panelAppLevels(int level, Confidence confidence) {
    assertThat(Confidence.ofLevel(level)).isEqualTo(confidence);
  }

  @Test
  void choosingLevels() {
    assertThat(Confidence.parseSet(null)).containsExactly(Confidence.GREEN);
    assertThat(Confidence.parseSet("amber, green"))
        .isEqualTo(EnumSet.of(Confidence.GREEN, Confidence.AMBER));
    assertThat(Confidence.parseSet("all")).isEqualTo(EnumSet.allOf(Confidence.class));
    assertThat(Confidence.format(EnumSet.of(Confidence.RED, Confidence.GREEN)))
        .isEqualTo("green,red");
    assertThatThrownBy(() -> Confidence.parseSet("green,blue"))
        .isInstanceOf(GmsException.class)
        .hasMessageContaining("'blue'");
  }
}
