package kz.kenes.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.moderation.TransitionGrid;
import org.junit.jupiter.api.Test;

class ReviewStatusTest {
  /**
   * The allowed transitions, written independently of the enum: row = from, column = to, 'x' =
   * allowed. Columns: PENDING KEPT HIDDEN REMOVED LABELLED ESCALATED IGNORED.
   */
  static final String GRID =
      """
                 PE KE HI RE LA ES IG
      PENDING     .  x  x  x  x  x  x
      KEPT        x  .  .  .  .  .  .
      HIDDEN      x  .  .  .  .  .  .
      REMOVED     x  .  .  .  .  .  .
      LABELLED    x  .  .  .  .  .  .
      ESCALATED   x  .  .  .  .  .  .
      IGNORED     x  .  .  .  .  .  .
      """;

  static final List<ReviewStatus> COLUMNS =
      List.of(
          ReviewStatus.PENDING,
          ReviewStatus.KEPT,
          ReviewStatus.HIDDEN,
          ReviewStatus.REMOVED,
          ReviewStatus.LABELLED,
          ReviewStatus.ESCALATED,
          ReviewStatus.IGNORED);

  static List<TransitionGrid.Cell<ReviewStatus>> expected() {
    return TransitionGrid.cells(GRID, ReviewStatus.class, COLUMNS);
  }

  @Test
  void theGridCoversEveryPairExactlyOnce() {
    assertThat(expected()).hasSize(49);
  }

  @Test
  void everyPairOfStatusesIsAllowedOrRefusedExactlyAsTheGridSays() {
    for (var cell : expected()) {
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
                  assertThat(e.messageKey()).isEqualTo("error.review.transition");
                  assertThat(e.args()).containsExactly(cell.from().name(), cell.to().name());
                  assertThat(e.status()).isEqualTo(409);
                });
      }
    }
  }

  @Test
  void everyStatusButPendingIsADecision() {
    for (ReviewStatus s : ReviewStatus.values()) {
      assertThat(s.decided()).as(s.name()).isEqualTo(s != ReviewStatus.PENDING);
    }
  }

  @Test
  void aMissingTargetIsAProgrammingError() {
    assertThatThrownBy(() -> ReviewStatus.PENDING.canMoveTo(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReviewStatus.KEPT.requireMoveTo(null))
        .isInstanceOf(NullPointerException.class);
  }
}
