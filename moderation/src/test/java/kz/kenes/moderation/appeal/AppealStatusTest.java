package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppealStatusTest {
  /**
   * The allowed transitions, written independently of the enum: row = from, column = to, 'x' =
   * allowed, '.' = refused. Columns in this order: DRAFT REGISTERED ASSIGNED IN_PROGRESS EXTENDED
   * OVERDUE REDIRECTED ANSWERED CLOSED.
   */
  static final String GRID =
      """
                   DR RE AS IP EX OV RD AN CL
      DRAFT         .  x  .  .  .  .  .  .  .
      REGISTERED    .  .  x  .  .  x  x  x  .
      ASSIGNED      .  .  x  x  x  x  x  x  .
      IN_PROGRESS   .  .  x  .  x  x  x  x  .
      EXTENDED      .  .  x  x  x  x  .  x  .
      OVERDUE       .  .  x  x  .  .  .  x  .
      REDIRECTED    .  .  .  .  .  .  .  .  .
      ANSWERED      .  .  .  .  .  .  .  .  x
      CLOSED        .  .  .  .  .  .  .  .  .
      """;

  static final List<AppealStatus> COLUMNS =
      List.of(
          AppealStatus.DRAFT,
          AppealStatus.REGISTERED,
          AppealStatus.ASSIGNED,
          AppealStatus.IN_PROGRESS,
          AppealStatus.EXTENDED,
          AppealStatus.OVERDUE,
          AppealStatus.REDIRECTED,
          AppealStatus.ANSWERED,
          AppealStatus.CLOSED);

  record Cell(AppealStatus from, AppealStatus to, boolean allowed) {}

  static List<Cell> expected() {
    List<Cell> cells = new ArrayList<>();
    List<String> lines = GRID.lines().skip(1).filter(l -> !l.isBlank()).toList();
    assertThat(lines).as("one row per status").hasSize(AppealStatus.values().length);
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      assertThat(parts).as(line).hasSize(1 + COLUMNS.size());
      AppealStatus from = AppealStatus.valueOf(parts[0]);
      for (int i = 0; i < COLUMNS.size(); i++) {
        assertThat(parts[i + 1]).as(line).isIn("x", ".");
        cells.add(new Cell(from, COLUMNS.get(i), parts[i + 1].equals("x")));
      }
    }
    return cells;
  }

  @Test
  void theGridCoversEveryPairExactlyOnce() {
    assertThat(EnumSet.copyOf(COLUMNS)).containsExactlyInAnyOrder(AppealStatus.values());
    assertThat(expected())
        .hasSize(81)
        .extracting(c -> List.of(c.from(), c.to()))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyPairOfStatusesIsAllowedOrRefusedExactlyAsTheGridSays() {
    for (Cell cell : expected()) {
      String pair = cell.from() + " -> " + cell.to();
      assertThat(cell.from().canMoveTo(cell.to())).as(pair).isEqualTo(cell.allowed());
      assertThat(cell.from().next().contains(cell.to())).as(pair).isEqualTo(cell.allowed());
      if (cell.allowed()) {
        cell.from().requireMoveTo(cell.to());
      } else {
        assertThatThrownBy(() -> cell.from().requireMoveTo(cell.to()))
            .as(pair)
            .isInstanceOfSatisfying(
                DomainException.Conflict.class,
                e -> {
                  assertThat(e.messageKey()).isEqualTo("error.appeal.transition");
                  assertThat(e.args()).containsExactly(cell.from().name(), cell.to().name());
                  assertThat(e.status()).isEqualTo(409);
                });
      }
    }
  }

  @Test
  void terminalStatusesAreExactlyThoseWithNothingNext() {
    for (AppealStatus s : AppealStatus.values()) {
      assertThat(s.terminal()).as(s.name()).isEqualTo(s.next().isEmpty());
    }
    assertThat(EnumSet.allOf(AppealStatus.class).stream().filter(AppealStatus::terminal))
        .containsExactlyInAnyOrder(AppealStatus.REDIRECTED, AppealStatus.CLOSED);
  }

  @Test
  void openStatusesAreThoseInWhichTheBodyStillOwesAnAnswer() {
    assertThat(EnumSet.allOf(AppealStatus.class).stream().filter(AppealStatus::open))
        .containsExactlyInAnyOrder(
            AppealStatus.REGISTERED,
            AppealStatus.ASSIGNED,
            AppealStatus.IN_PROGRESS,
            AppealStatus.EXTENDED,
            AppealStatus.OVERDUE);
  }

  @Test
  void theDeadlineRunsWhileRegisteredAssignedInProgressOrExtendedOnly() {
    assertThat(AppealStatus.where(AppealStatus::running))
        .containsExactlyInAnyOrder(
            AppealStatus.REGISTERED,
            AppealStatus.ASSIGNED,
            AppealStatus.IN_PROGRESS,
            AppealStatus.EXTENDED);
  }

  @ParameterizedTest
  @EnumSource(AppealStatus.class)
  void aRunningStatusIsOpenAndCanBecomeOverdue(AppealStatus s) {
    assertThat(s.open()).isEqualTo(s.running() || s == AppealStatus.OVERDUE);
    assertThat(s.running()).isEqualTo(s.canMoveTo(AppealStatus.OVERDUE));
  }

  @Test
  void whereCollectsTheStatusesOfAQuestionAndNothingElse() {
    assertThat(AppealStatus.where(AppealStatus::terminal))
        .containsExactlyInAnyOrder(AppealStatus.REDIRECTED, AppealStatus.CLOSED);
    assertThat(AppealStatus.where(s -> false)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(AppealStatus.class)
  void everyOpenStatusCanBeAnsweredAndBecomeOverdueUnlessAlreadyOverdue(AppealStatus s) {
    if (s.open()) {
      assertThat(s.canMoveTo(AppealStatus.ANSWERED)).isTrue();
      assertThat(s.canMoveTo(AppealStatus.OVERDUE)).isEqualTo(s != AppealStatus.OVERDUE);
    } else {
      assertThat(s.canMoveTo(AppealStatus.OVERDUE)).isFalse();
    }
  }

  @Test
  void everyStatusIsReachableFromDraft() {
    Set<AppealStatus> reached = EnumSet.of(AppealStatus.DRAFT);
    List<AppealStatus> todo = new ArrayList<>(reached);
    while (!todo.isEmpty()) {
      for (AppealStatus n : todo.remove(0).next()) {
        if (reached.add(n)) {
          todo.add(n);
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(AppealStatus.values());
  }

  @Test
  void theNextSetCannotBeChangedByACaller() {
    assertThatThrownBy(() -> AppealStatus.DRAFT.next().add(AppealStatus.CLOSED))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(AppealStatus.DRAFT.canMoveTo(AppealStatus.CLOSED)).isFalse();
  }

  @Test
  void aMissingTargetIsAProgrammingError() {
    assertThatThrownBy(() -> AppealStatus.DRAFT.canMoveTo(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AppealStatus.DRAFT.requireMoveTo(null))
        .isInstanceOf(NullPointerException.class);
  }
}
