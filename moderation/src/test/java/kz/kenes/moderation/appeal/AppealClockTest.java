package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.moderation.calendar.CalendarException;
import kz.kenes.moderation.calendar.CalendarSource;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legal terms on a calendar built here with just the exceptions these tests need. */
class AppealClockTest {
  static final WorkingDayCalendar CALENDAR =
      new WorkingDayCalendar(
          List.of(
              off("2026-12-16", "Independence Day", CalendarSource.HOLIDAY),
              off("2027-01-01", "New Year", CalendarSource.HOLIDAY),
              off("2027-01-02", "New Year", CalendarSource.HOLIDAY),
              off(
                  "2027-01-04",
                  "New Year, Saturday 2 January carried over",
                  CalendarSource.TRANSFER),
              off("2027-01-07", "Orthodox Christmas", CalendarSource.HOLIDAY),
              off("2027-03-08", "International Women's Day", CalendarSource.HOLIDAY),
              off("2027-03-21", "Nauryz", CalendarSource.HOLIDAY),
              off("2027-03-22", "Nauryz", CalendarSource.HOLIDAY),
              off("2027-03-23", "Nauryz", CalendarSource.HOLIDAY),
              off("2027-03-24", "Nauryz, Sunday 21 March carried over", CalendarSource.TRANSFER),
              off("2027-05-01", "Unity Day", CalendarSource.HOLIDAY),
              off("2027-05-03", "Unity Day, Saturday 1 May carried over", CalendarSource.TRANSFER),
              off("2027-05-07", "Defender of the Fatherland Day", CalendarSource.HOLIDAY)));

  final AppealClock clock = new AppealClock(CALENDAR);

  static CalendarException off(String day, String reason, CalendarSource source) {
    return CalendarException.dayOff(LocalDate.parse(day), reason, source);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static ZonedDateTime almaty(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), WorkingDayCalendar.ZONE);
  }

  @ParameterizedTest(name = "registered {0}: due {1}")
  @CsvSource({
    // Fri; 21-25, 28-31 Dec (9); 1 Jan, 4 Jan carried over; 5, 6 (11); 7 Jan; 8, 11, 12, 13 (15)
    "2026-12-18, 2027-01-13",
    // Tue; 16 Dec off; 17, 18 (2); 21-25 (7); 28-31 (11); 5, 6 (13); 8, 11 (15)
    "2026-12-15, 2027-01-11",
    // Fri; 22-23 Nauryz, 24 carried over; 25, 26 (2); 29 Mar-2 Apr (7); 5-9 (12); 12, 13, 14 (15)
    "2027-03-19, 2027-04-14",
    // Mon, three plain weeks
    "2027-02-01, 2027-02-22",
  })
  void theDeadlineIsTheFifteenthWorkingDayAfterRegistration(LocalDate registered, LocalDate due) {
    assertThat(clock.deadline(registered)).isEqualTo(due);
  }

  @ParameterizedTest(name = "registered {0}: forward by {1}")
  @CsvSource({
    // Fri; Nauryz 22-23, 24 carried over: Thu 25, Fri 26, Mon 29
    "2027-03-19, 2027-03-29",
    // Tue; 16 December off: 17, 18, 21
    "2026-12-15, 2026-12-21",
    // Wed 30 Dec: 31 Dec; 1, 4 Jan off: 5, 6
    "2026-12-30, 2027-01-06",
    // Thu: Fri, Mon, Tue
    "2027-02-04, 2027-02-09",
  })
  void aRedirectIsDueOnTheThirdWorkingDay(LocalDate registered, LocalDate due) {
    assertThat(clock.redirectDeadline(registered)).isEqualTo(due);
  }

  @ParameterizedTest(name = "submitted {0}: registered {1}")
  @CsvSource({
    "2026-12-15T10:00, 2026-12-15", // working day, working hours
    "2026-12-15T08:00, 2026-12-15", // before opening: that day is the next to begin
    "2026-12-15T18:29:59, 2026-12-15",
    "2026-12-15T18:30, 2026-12-17", // closing time counts as after hours; 16 December is off
    "2026-12-16T11:00, 2026-12-17", // Independence Day
    "2026-12-18T19:00, 2026-12-21", // Friday evening: Monday
    "2026-12-19T12:00, 2026-12-21", // Saturday
    "2026-12-20T23:59, 2026-12-21", // Sunday
    "2026-12-31T19:00, 2027-01-05", // New Year's Eve evening: 1 Jan, weekend, 4 Jan carried over
    "2027-01-01T10:00, 2027-01-05",
    "2027-03-19T18:45, 2027-03-25", // after hours before Nauryz and its carried-over day
    "2027-03-22T10:00, 2027-03-25",
    "2027-03-24T10:00, 2027-03-25", // the carried-over day itself
  })
  void registrationDayFollowsWorkingDaysAndHoursInAlmaty(String submitted, LocalDate registered) {
    assertThat(clock.registrationDay(almaty(submitted))).isEqualTo(registered);
  }

  @Test
  void registrationDayIsTakenInAlmatyTimeWhateverTheOffsetOfTheSubmission() {
    // Kazakhstan is UTC+5: 13:29 UTC is 18:29 in Almaty, 13:30 UTC is 18:30
    ZonedDateTime beforeClose =
        ZonedDateTime.of(LocalDateTime.parse("2026-12-15T13:29"), ZoneOffset.UTC);
    assertThat(clock.registrationDay(beforeClose)).isEqualTo(day("2026-12-15"));
    assertThat(clock.registrationDay(beforeClose.plusMinutes(1))).isEqualTo(day("2026-12-17"));
    // 23:00 UTC on Thursday 17 December is 04:00 on Friday 18 in Almaty
    ZonedDateTime lateUtc =
        ZonedDateTime.of(LocalDateTime.parse("2026-12-17T23:00"), ZoneOffset.UTC);
    assertThat(clock.registrationDay(lateUtc)).isEqualTo(day("2026-12-18"));
  }

  @Test
  void anAppealIsOverdueFromTheDayAfterItsDeadline() {
    LocalDate deadline = day("2027-01-13");
    assertThat(clock.overdue(deadline, day("2027-01-12"))).isFalse();
    assertThat(clock.overdue(deadline, deadline)).isFalse();
    assertThat(clock.overdue(deadline, day("2027-01-14"))).isTrue();
    assertThat(clock.overdue(deadline, day("2028-01-01"))).isTrue();
  }

  @Test
  void anExtensionWithinTwoMonthsOfTheOriginalDeadlineIsGranted() {
    LocalDate original = day("2027-04-14");
    assertThat(clock.extend(original, original, day("2027-04-15"))).isEqualTo(day("2027-04-15"));
    assertThat(clock.extend(original, original, day("2027-05-14"))).isEqualTo(day("2027-05-14"));
    // the cap day itself, a Monday
    assertThat(clock.extend(original, original, day("2027-06-14"))).isEqualTo(day("2027-06-14"));
  }

  @Test
  void theTwoMonthCapCountsFromTheOriginalDeadlineAcrossExtensions() {
    LocalDate original = day("2027-04-14");
    LocalDate firstExtension = clock.extend(original, original, day("2027-05-14"));
    assertThat(clock.extend(original, firstExtension, day("2027-06-14")))
        .isEqualTo(day("2027-06-14"));
    // within two months of the first extension, but not of the original deadline
    assertExtensionRefused(
        original, firstExtension, day("2027-06-15"), "validation.appeal.extension-cap");
    assertExtensionRefused(
        original, original, day("2027-06-15"), "validation.appeal.extension-cap");
  }

  @Test
  void anExtensionMustMoveTheDeadlineLater() {
    LocalDate original = day("2027-04-14");
    assertExtensionRefused(original, original, original, "validation.appeal.extension-after");
    assertExtensionRefused(
        original, original, day("2027-04-13"), "validation.appeal.extension-after");
    LocalDate current = day("2027-05-14");
    assertExtensionRefused(original, current, current, "validation.appeal.extension-after");
    assertExtensionRefused(
        original, current, day("2027-04-30"), "validation.appeal.extension-after");
  }

  @Test
  void aRequestedDayOffMovesToTheNextWorkingDay() {
    LocalDate original = day("2027-04-14");
    // Saturday 1 May (Unity Day), Monday 3 May carried over: Tuesday 4 May
    assertThat(clock.extend(original, original, day("2027-05-01"))).isEqualTo(day("2027-05-04"));
    // Friday 7 May off, weekend: Monday 10 May
    assertThat(clock.extend(original, original, day("2027-05-07"))).isEqualTo(day("2027-05-10"));
    // Saturday 17 April: Monday 19 April
    assertThat(clock.extend(original, original, day("2027-04-17"))).isEqualTo(day("2027-04-19"));
  }

  @Test
  void aRequestedDayOffJustAfterTheCurrentDeadlineMovesAndIsThenLater() {
    // current deadline Friday 19 March 2027; Saturday 20 is moved to Thursday 25 (after Nauryz)
    LocalDate original = day("2027-03-19");
    assertThat(clock.extend(original, original, day("2027-03-20"))).isEqualTo(day("2027-03-25"));
  }

  @Test
  void aCapDayThatIsADayOffCannotBeAskedForBecauseItMovesBeyondTheCap() {
    LocalDate original = day("2027-01-13"); // cap: Saturday 13 March 2027
    assertExtensionRefused(
        original, original, day("2027-03-13"), "validation.appeal.extension-cap");
    assertThat(clock.extend(original, original, day("2027-03-12"))).isEqualTo(day("2027-03-12"));
  }

  @Test
  void bothRulesAreReportedWhenBothAreBroken() {
    LocalDate original = day("2027-04-14");
    LocalDate current = day("2027-06-30"); // somehow already past the cap
    assertThatThrownBy(() -> clock.extend(original, current, day("2027-06-16")))
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .containsExactlyInAnyOrder(
                        new FieldError("until", "validation.appeal.extension-after"),
                        new FieldError("until", "validation.appeal.extension-cap")));
  }

  @Test
  void missingDatesAreProgrammingErrors() {
    LocalDate d = day("2027-04-14");
    assertThatThrownBy(() -> clock.extend(null, d, d)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> clock.extend(d, null, d)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> clock.extend(d, d, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AppealClock(null)).isInstanceOf(NullPointerException.class);
  }

  private void assertExtensionRefused(
      LocalDate original, LocalDate current, LocalDate requested, String key) {
    assertThatThrownBy(() -> clock.extend(original, current, requested))
        .as("%s -> %s (original %s)", current, requested, original)
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e -> {
              assertThat(e.errors()).containsExactly(new FieldError("until", key));
              assertThat(e.status()).isEqualTo(400);
            });
  }
}
