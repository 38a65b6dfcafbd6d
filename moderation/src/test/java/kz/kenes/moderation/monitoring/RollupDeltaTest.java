package kz.kenes.moderation.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.appeal.AppealChannel;
import kz.kenes.moderation.appeal.AppealMoved;
import kz.kenes.moderation.appeal.AppealStatus;
import kz.kenes.moderation.calendar.CalendarException;
import kz.kenes.moderation.calendar.CalendarSource;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each appeal transition adds to the weekly roll-ups: the one rule of the incremental update
 * and of the rebuild.
 */
class RollupDeltaTest {
  /** 16 December 2026 (Wednesday) is Independence Day. */
  static final WorkingDayCalendar CALENDAR =
      new WorkingDayCalendar(
          List.of(
              CalendarException.dayOff(
                  LocalDate.parse("2026-12-16"), "Independence Day", CalendarSource.HOLIDAY)));

  static final LocalDate REGISTERED = LocalDate.parse("2026-12-01"); // Tuesday, week 49

  static Instant local(String dateTime) {
    return ZonedDateTime.parse(dateTime + "+05:00[Asia/Almaty]").toInstant();
  }

  static AppealMoved step(AppealStatus to, Instant at, LocalDate deadline, Long executor) {
    return new AppealMoved(
        7L, 3L, Category.WATER_SUPPLY, AppealChannel.ORAL, to, at, REGISTERED, deadline, executor);
  }

  @Test
  void aRegistrationCountsOnceInTheWeekItWasRegisteredInKazakhstanTime() {
    var d =
        RollupDelta.of(
                step(AppealStatus.REGISTERED, local("2026-12-06T23:30"), null, null), CALENDAR)
            .orElseThrow();
    assertThat(d.week().toString()).isEqualTo("2026-W49");
    assertThat(d.registered()).isEqualTo(1);
    assertThat(d.answered() + d.overdue() + d.redirected() + d.answeredOnTime()).isZero();
    assertThat(d.days()).isEqualTo(-1);
    assertThat(d.bodyId()).isEqualTo(3L);
    assertThat(d.category()).isEqualTo(Category.WATER_SUPPLY);
    assertThat(d.channel()).isEqualTo(AppealChannel.ORAL);
  }

  @Test
  void anAnswerOnTheDeadlineDayIsOnTimeAndCountsWorkingDaysSkippingTheHoliday() {
    LocalDate deadline = LocalDate.parse("2026-12-22");
    var d =
        RollupDelta.of(
                step(AppealStatus.ANSWERED, local("2026-12-22T17:00"), deadline, 42L), CALENDAR)
            .orElseThrow();
    assertThat(d.answered()).isEqualTo(1);
    assertThat(d.answeredOnTime()).isEqualTo(1);
    // 2 Dec … 22 Dec: 15 weekdays, less Independence Day
    assertThat(d.days()).isEqualTo(14);
    assertThat(d.executorId()).isEqualTo(42L);
    assertThat(d.week().toString()).isEqualTo("2026-W52");
  }

  @Test
  void anAnswerTheDayAfterTheDeadlineIsLateEvenAtOneMinutePastMidnightLocalTime() {
    LocalDate deadline = LocalDate.parse("2026-12-22");
    var d =
        RollupDelta.of(
                step(AppealStatus.ANSWERED, local("2026-12-23T00:01"), deadline, null), CALENDAR)
            .orElseThrow();
    assertThat(d.answered()).isEqualTo(1);
    assertThat(d.answeredOnTime()).isZero();
    assertThat(d.executorId()).isNull();
  }

  @Test
  void anExtendedDeadlineInForceAtTheAnswerDecidesOnTime() {
    var d =
        RollupDelta.of(
                step(
                    AppealStatus.ANSWERED,
                    local("2027-01-20T10:00"),
                    LocalDate.parse("2027-01-29"),
                    null),
                CALENDAR)
            .orElseThrow();
    assertThat(d.answeredOnTime()).isEqualTo(1);
  }

  @Test
  void overdueAndRedirectCountInTheirWeek() {
    var overdue =
        RollupDelta.of(step(AppealStatus.OVERDUE, local("2026-12-23T00:05"), null, null), CALENDAR)
            .orElseThrow();
    assertThat(overdue.overdue()).isEqualTo(1);
    assertThat(overdue.registered() + overdue.answered() + overdue.redirected()).isZero();
    var redirected =
        RollupDelta.of(
                step(AppealStatus.REDIRECTED, local("2026-12-02T09:00"), null, null), CALENDAR)
            .orElseThrow();
    assertThat(redirected.redirected()).isEqualTo(1);
    assertThat(redirected.week().toString()).isEqualTo("2026-W49");
  }

  /**
   * A redirect's successor and a complaint are registered at their body like any appeal: the
   * REGISTERED step of the new appeal counts there, keeping category and channel.
   */
  @Test
  void aRedirectsSuccessorAndAComplaintCountAsRegisteredAtTheirOwnBody() {
    AppealMoved successor =
        new AppealMoved(
            8L,
            4L,
            Category.WATER_SUPPLY,
            AppealChannel.ORAL,
            AppealStatus.REGISTERED,
            local("2026-12-02T09:00"),
            LocalDate.parse("2026-12-02"),
            LocalDate.parse("2026-12-23"),
            null);
    var d = RollupDelta.of(successor, CALENDAR).orElseThrow();
    assertThat(d.bodyId()).isEqualTo(4L);
    assertThat(d.registered()).isEqualTo(1);
    assertThat(d.channel()).isEqualTo(AppealChannel.ORAL);
  }

  @ParameterizedTest
  @EnumSource(
      value = AppealStatus.class,
      names = {"DRAFT", "ASSIGNED", "IN_PROGRESS", "EXTENDED", "CLOSED"})
  void otherStepsAddNothing(AppealStatus to) {
    assertThat(RollupDelta.of(step(to, local("2026-12-02T09:00"), null, 1L), CALENDAR)).isEmpty();
  }

  @Test
  void everyStatusIsDecided() {
    EnumSet<AppealStatus> counted = EnumSet.noneOf(AppealStatus.class);
    for (AppealStatus s : AppealStatus.values()) {
      if (RollupDelta.of(step(s, local("2026-12-02T09:00"), REGISTERED, null), CALENDAR)
          .isPresent()) {
        counted.add(s);
      }
    }
    assertThat(counted)
        .containsExactlyInAnyOrder(
            AppealStatus.REGISTERED,
            AppealStatus.ANSWERED,
            AppealStatus.OVERDUE,
            AppealStatus.REDIRECTED);
  }

  @Test
  void everyChannelIsKeptAsItIs() {
    for (AppealChannel channel : AppealChannel.values()) {
      AppealMoved moved =
          new AppealMoved(
              1L,
              1L,
              Category.OTHER,
              channel,
              AppealStatus.REGISTERED,
              local("2026-12-02T09:00"),
              null,
              null,
              null);
      assertThat(RollupDelta.of(moved, CALENDAR).orElseThrow().channel()).isEqualTo(channel);
    }
  }
}
