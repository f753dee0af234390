package org.gms.server.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuppressionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // nothing small: nothing hidden
    "'10,20,30', '-,-,-'",
    // zero is published
    "'0,20,20', '-,-,-'",
    // one small count: the smallest other non-zero count is hidden with it
    "'10,3,20,33', 'x,x,-,-'",
    // two small counts hide each other
    "'2,3,20,25', 'x,x,-,-'",
    // one small count and only zeros besides it: its total goes too
    "'0,3,0,3', '-,x,-,x'"
  })
  void oneWayTablesHideAtLeastTwoCells(String line, String expected) {
    long[] counts = Arrays.stream(line.split(",")).mapToLong(Long::parseLong).toArray();
    boolean[] hidden = Suppression.oneWay(counts, null);
    StringBuilder got = new StringBuilder();
    for (boolean h : hidden) {
      got.append(got.isEmpty() ? "" : ",").append(h ? "x" : "-");
    }
    assertThat(got.toString()).isEqualTo(expected);
  }

  @Test
  void aSmallCellIsHiddenWithCellsThatCloseACycle() {
    // rows a, b and their total; columns x, y and the row total
    long[][] table = {
      {3, 20, 23},
      {10, 30, 40},
      {13, 50, 63}
    };
    boolean[][] hidden = Suppression.twoWay(table, null);
    // 3 is small; the rectangle 3, 20, 10, 30 is the cheapest cycle through it
    assertThat(hidden[0]).containsExactly(true, true, false);
    assertThat(hidden[1]).containsExactly(true, true, false);
    assertThat(hidden[2]).containsExactly(false, false, false);
    assertThat(Suppression.firstBridge(hidden)).isNull();
  }

  @Test
  void aSmallTotalIsHiddenWithItsLine() {
    long[][] table = {
      {1, 2, 3},
      {10, 30, 40},
      {11, 32, 43}
    };
    boolean[][] hidden = Suppression.twoWay(table, null);
    assertThat(hidden[0][0] && hidden[0][1] && hidden[0][2]).isTrue();
    assertThat(Suppression.firstBridge(hidden)).isNull();
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        if (!hidden[r][c]) {
          assertThat(Suppression.small(table[r][c])).isFalse();
        }
      }
    }
  }
}
