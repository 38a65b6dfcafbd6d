package kz.kenes.moderation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import kz.kenes.forum.platform.DomainException;
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

  record Cell(ReviewStatus from, ReviewStatus to, boolean allowed) {}

  static List<Cell> expected() {
    List<Cell> cells = new ArrayList<>();
    List<String> lines = GRID.lines().skip(1).filter(l -> !l.isBlank()).toList();
    assertThat(lines).as("one row per status").hasSize(ReviewStatus.values().length);
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      assertThat(parts).as(line).hasSize(1 + COLUMNS.size());
      ReviewStatus from = ReviewStatus.valueOf(parts[0]);
      for (int i = 0; i < COLUMNS.size(); i++) {
        assertThat(parts[i + 1]).as(line).isIn("x", ".");
        cells.add(new Cell(from, COLUMNS.get(i), parts[i + 1].equals("x")));
      }
    }
    return cells;
  }

  @Test
  void theGridCoversEveryPairExactlyOnce() {
    assertThat(EnumSet.copyOf(COLUMNS)).containsExactlyInAnyOrder(ReviewStatus.values());
    assertThat(expected())
        .hasSize(49)
        .extracting(c -> List.of(c.from(), c.to()))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyPairOfStatusesIsAllowedOrRefusedExactlyAsTheGridSays() {
    for (Cell cell : expected()) {
      String pair = cell.from() + " -> " + cell.to();
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
