package kz.kenes.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.moderation.session.SessionQuestion;
import org.junit.jupiter.api.Test;

/** A review item of a question to a public session, and what moderators may do with it. */
class QuestionReviewTest {
  static final Instant NOW = Instant.parse("2026-12-05T06:00:00Z");

  @Test
  void aQuestionTakesKeepHideOrIgnoreOnly() {
    assertThat(ModerationService.ON_QUESTIONS)
        .containsExactlyInAnyOrder(
            ModerationAction.KEEP, ModerationAction.HIDE, ModerationAction.IGNORE);
  }

  @Test
  void anItemOfAQuestionHasNoPostAndIsDecidedOnceUntilNewFlags() {
    SessionQuestion question =
        org.mockito.Mockito.mock(SessionQuestion.class, org.mockito.Mockito.RETURNS_DEEP_STUBS);
    ReviewItem item = new ReviewItem(question, NOW);

    assertThat(item.question()).containsSame(question);
    assertThat(item.post()).isNull();
    assertThat(item.status()).isEqualTo(ReviewStatus.PENDING);
    item.flagged(1, "resident2", NOW);
    assertThat(item.score()).isEqualTo(1);
    assertThat(item.decide(ModerationAction.HIDE, "moderator", "спам", NOW).to())
        .isEqualTo(ReviewStatus.HIDDEN);
    assertThatThrownBy(() -> item.decide(ModerationAction.KEEP, "moderator2", null, NOW))
        .isInstanceOf(DomainException.Conflict.class);
  }
}
