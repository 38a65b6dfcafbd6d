package kz.kenes.forum.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.forum.platform.DomainException;
import org.junit.jupiter.api.Test;

class SurveyStatusTest {
  /** The rule, written out: the only move is OPEN → CLOSED. */
  private static final Map<SurveyStatus, Set<SurveyStatus>> ALLOWED =
      Map.of(SurveyStatus.OPEN, Set.of(SurveyStatus.CLOSED), SurveyStatus.CLOSED, Set.of());

  @Test
  void everyPairIsAllowedExactlyByTheRule() {
    for (SurveyStatus from : SurveyStatus.values()) {
      for (SurveyStatus to : SurveyStatus.values()) {
        assertThat(from.canMoveTo(to))
            .as("%s -> %s", from, to)
            .isEqualTo(ALLOWED.get(from).contains(to));
      }
    }
  }

  @Test
  void theSurveyFollowsTheRuleAndRecordsEachStep() {
    for (SurveyStatus to : SurveyStatus.values()) {
      Survey open = Surveys.survey();
      if (ALLOWED.get(SurveyStatus.OPEN).contains(to)) {
        var change = open.transitionTo(to, "official", "done", Surveys.NOW);
        assertThat(open.status()).isEqualTo(to);
        assertThat(change.from()).isEqualTo(SurveyStatus.OPEN);
        assertThat(open.history())
            .extracting(SurveyStatusChange::to)
            .containsExactly(SurveyStatus.OPEN, to);
      } else {
        assertThatThrownBy(() -> open.transitionTo(to, "official", null, Surveys.NOW))
            .isInstanceOf(DomainException.Conflict.class);
        assertThat(open.history()).hasSize(1);
      }
    }
    Survey closed = Surveys.survey();
    closed.transitionTo(SurveyStatus.CLOSED, "official", null, Surveys.NOW);
    for (SurveyStatus to : SurveyStatus.values()) {
      assertThatThrownBy(() -> closed.transitionTo(to, "official", null, Surveys.NOW))
          .isInstanceOf(DomainException.Conflict.class);
    }
    assertThat(closed.history())
        .extracting(SurveyStatusChange::to)
        .isEqualTo(List.of(SurveyStatus.OPEN, SurveyStatus.CLOSED));
  }

  @Test
  void answersAreTakenOnlyWithinTheWindowWhileOpen() {
    Survey s = Surveys.survey();
    assertThat(s.isAnswerable(Surveys.NOW.minusSeconds(1))).isFalse();
    assertThat(s.isAnswerable(Surveys.NOW)).isTrue();
    assertThat(s.isAnswerable(s.closesAt().minusNanos(1000))).isTrue();
    assertThat(s.isAnswerable(s.closesAt())).isFalse();
    assertThat(s.isDue(s.closesAt().minusNanos(1000))).isFalse();
    assertThat(s.isDue(s.closesAt())).isTrue();
    s.transitionTo(SurveyStatus.CLOSED, "official", null, Surveys.NOW);
    assertThat(s.isAnswerable(Surveys.NOW)).isFalse();
    assertThat(s.isDue(s.closesAt())).isFalse();
  }
}
