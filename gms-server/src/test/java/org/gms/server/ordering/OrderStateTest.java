package org.gms.server.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each order state offers only the actions that make sense in it; final states offer none. */
class OrderStateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # state            | actions
          REQUESTED          | RECEIVE_SAMPLE MOVE CANCEL
          SAMPLE_RECEIVED    | RECEIVE_SAMPLE MOVE CANCEL
          SEQUENCING         | MOVE ANALYSE CANCEL
          ANALYSIS           | MOVE ANALYSE CANCEL
          INTERPRETATION     | MOVE ANALYSE AUTHORISE CANCEL
          RESAMPLE_REQUESTED | RECEIVE_SAMPLE MOVE CANCEL
          REPORTED           |
          FAILED             |
          CANCELLED          |
          """)
  void eachStateAllowsOnlyItsActions(OrderState state, String actions) {
    List<String> expected = actions == null ? List.of() : List.of(actions.split(" "));
    assertThat(state.actions())
        .extracting(Enum::name)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # state    | moves to
          REQUESTED  | SAMPLE_RECEIVED CANCELLED
          CANCELLED  |
          REPORTED   |
          """)
  void finalStatesMoveNowhere(OrderState state, String next) {
    List<String> expected = next == null ? List.of() : List.of(next.split(" "));
    assertThat(state.next()).extracting(Enum::name).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(state.isFinal()).isEqualTo(expected.isEmpty());
  }
}
