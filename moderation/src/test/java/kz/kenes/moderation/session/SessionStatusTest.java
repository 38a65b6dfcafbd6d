package kz.kenes.moderation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.moderation.TransitionGrid;
import org.junit.jupiter.api.Test;

class SessionStatusTest {
  /**
   * The allowed moves, written from issue 14: SCHEDULED → OPEN_FOR_QUESTIONS → LIVE → HELD;
   * POSTPONED and CANCELLED from any state before HELD; a postponed session opens for questions
   * again, or is postponed again or cancelled. Row = from, column = to, 'x' = allowed.
   */
  static final String GRID =
      """
                          SC OP LI HE PO CA
      SCHEDULED           .  x  .  .  x  x
      OPEN_FOR_QUESTIONS  .  .  x  .  x  x
      LIVE                .  .  .  x  x  x
      HELD                .  .  .  .  .  .
      POSTPONED           .  x  .  .  x  x
      CANCELLED           .  .  .  .  .  .
      """;

  static final List<SessionStatus> COLUMNS =
      List.of(
          SessionStatus.SCHEDULED,
          SessionStatus.OPEN_FOR_QUESTIONS,
          SessionStatus.LIVE,
          SessionStatus.HELD,
          SessionStatus.POSTPONED,
          SessionStatus.CANCELLED);

  @Test
  void everyPairOfStatusesIsAllowedOrRefusedExactlyAsTheGridSays() {
    var cells = TransitionGrid.cells(GRID, SessionStatus.class, COLUMNS);
    assertThat(cells).hasSize(36);
    for (var cell : cells) {
      String pair = cell.pair();
      assertThat(cell.from().canMoveTo(cell.to())).as(pair).isEqualTo(cell.allowed());
      if (cell.allowed()) {
        cell.from().requireMoveTo(cell.to());
      } else {
        assertThatThrownBy(() -> cell.from().requireMoveTo(cell.to()))
            .as(pair)
            .isInstanceOfSatisfying(
                DomainException.Conflict.class,
                e -> {
                  assertThat(e.messageKey()).isEqualTo("error.session.transition");
                  assertThat(e.args()).containsExactly(cell.from().name(), cell.to().name());
                  assertThat(e.status()).isEqualTo(409);
                });
      }
    }
  }

  @Test
  void questionsAreTakenOnlyWhileOpenOrLive() {
    for (SessionStatus status : SessionStatus.values()) {
      assertThat(status.takesQuestions())
          .as(status.name())
          .isEqualTo(status == SessionStatus.OPEN_FOR_QUESTIONS || status == SessionStatus.LIVE);
    }
  }

  @Test
  void heldAndCancelledSessionsAreNotUpcoming() {
    for (SessionStatus status : SessionStatus.values()) {
      assertThat(status.upcoming())
          .as(status.name())
          .isEqualTo(status != SessionStatus.HELD && status != SessionStatus.CANCELLED);
    }
  }
}
