package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.moderation.TransitionGrid;
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

  static List<TransitionGrid.Cell<AppealStatus>> expected() {
    return TransitionGrid.cells(GRID, AppealStatus.class, COLUMNS);
  }

  @Test
  void theGridCoversEveryPairExactlyOnce() {
    assertThat(expected()).hasSize(81);
  }

  @Test
  void everyPairOfStatusesIsAllowedOrRefusedExactlyAsTheGridSays() {
    for (var cell : expected()) {
      String pair = cell.pair();
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
