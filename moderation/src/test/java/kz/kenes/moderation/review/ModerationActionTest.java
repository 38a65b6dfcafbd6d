package kz.kenes.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModerationActionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "KEEP, KEPT",
    "HIDE, HIDDEN",
    "REMOVE, REMOVED",
    "LOCK, KEPT",
    "LABEL, LABELLED",
    "ESCALATE, ESCALATED",
    "IGNORE, IGNORED",
  })
  void eachActionDecidesTheItem(ModerationAction action, ReviewStatus outcome) {
    assertThat(action.outcome()).isEqualTo(outcome);
    assertThat(ReviewStatus.PENDING.canMoveTo(action.outcome())).isTrue();
  }

  @Test
  void everyDecisionIsReachedByAnActionAndEveryActionIsListedAbove() {
    assertThat(ModerationAction.values()).hasSize(7);
    assertThat(Arrays.stream(ModerationAction.values()).map(ModerationAction::outcome))
        .containsAll(Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::decided).toList());
  }
}
