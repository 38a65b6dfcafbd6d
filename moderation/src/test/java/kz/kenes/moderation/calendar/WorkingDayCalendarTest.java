package kz.kenes.moderation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar as seeded by the migration, plus test-only transfers where a test says so. */
class WorkingDayCalendarTest {
  static final LocalTime NINE = LocalTime.of(9, 0);
  static final LocalTime SIX_PM = LocalTime.of(18, 0);

  final WorkingDayCalendar seeded = SeedFile.calendar();

  static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  static ZonedDateTime almaty(int year, int month, int dayOfMonth, int hour, int minute) {
    return ZonedDateTime.of(
        LocalDateTime.of(year, month, dayOfMonth, hour, minute), WorkingDayCalendar.ZONE);
  }

  @Test
  void everySeededDayOffIsADayOffAndEverySeededWorkingDayIsWorking() {
    for (CalendarException row : SeedFile.rows()) {
      assertThat(seeded.isWorkingDay(row.day()))
          .as("%s %s", row.day(), row.reason())
          .isEqualTo(row.kind() == DayKind.WORKING);
    }
  }

  @Test
  void everyFixedHolidayIsOffIn2026And2027() {
    for (int year = 2026; year <= 2027; year++) {
      for (HolidayRules.FixedHoliday h : HolidayRules.FIXED) {
        assertThat(seeded.isWorkingDay(h.date().atYear(year))).as("%s %d", h, year).isFalse();
      }
    }
    assertThat(seeded.isWorkingDay(day(2026, 5, 27))).as("Kurban Ait 2026").isFalse();
    assertThat(seeded.isWorkingDay(day(2027, 5, 16))).as("Kurban Ait 2027").isFalse();
  }

  @Test
  void everyDayOf2026And2027WithoutARowFollowsTheMondayToFridayRule() {
    for (LocalDate d = day(2026, 1, 1); d.isBefore(day(2028, 1, 1)); d = d.plusDays(1)) {
      if (seeded.exceptionOn(d).isEmpty()) {
        boolean weekend =
            d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(seeded.isWorkingDay(d)).as(d.toString()).isEqualTo(!weekend);
      }
    }
  }

  @Test
  void weekendsAreDaysOffUnlessADecreeMakesThemWorking() {
    assertThat(seeded.isWorkingDay(day(2026, 1, 3))).as("a Saturday").isFalse();
    assertThat(seeded.isWorkingDay(day(2026, 1, 4))).as("a Sunday").isFalse();
    WorkingDayCalendar withTransfer = withTestTransfer();
    assertThat(withTransfer.isWorkingDay(day(2026, 1, 3))).as("a working Saturday").isTrue();
    assertThat(withTransfer.isWorkingDay(day(2026, 1, 5))).as("the Monday it frees").isFalse();
    assertThat(withTransfer.isWorkingDay(day(2026, 1, 4))).as("a Sunday").isFalse();
  }

  @Test
  void nauryz2027OnASundayFreesWednesday24March() {
    assertThat(seeded.isWorkingDay(day(2027, 3, 19))).as("Friday before").isTrue();
    assertThat(seeded.isWorkingDay(day(2027, 3, 21))).as("Nauryz, Sunday").isFalse();
    assertThat(seeded.isWorkingDay(day(2027, 3, 22))).as("Nauryz, Monday").isFalse();
    assertThat(seeded.isWorkingDay(day(2027, 3, 23))).as("Nauryz, Tuesday").isFalse();
    assertThat(seeded.isWorkingDay(day(2027, 3, 24))).as("carried over").isFalse();
    assertThat(seeded.exceptionOn(day(2027, 3, 24)).orElseThrow().source())
        .isEqualTo(CalendarSource.TRANSFER);
    assertThat(seeded.isWorkingDay(day(2027, 3, 25))).as("Thursday after").isTrue();
  }

  @Test
  void kurbanAit2027OnASundayIsNotCarriedOver() {
    assertThat(seeded.isWorkingDay(day(2027, 5, 17))).isTrue();
  }

  /** Hand-checked deadlines of 15 working days counted from the day after registration. */
  @ParameterizedTest(name = "registered {0}: due {1}")
  @CsvSource({
    // Fri; 21-25, 28-31 Dec (9); 1 Jan holiday, 4 Jan carried over; 5, 6 (11); 7 Jan Christmas;
    // 8, 11, 12, 13 Jan (15)
    "2026-12-18, 2027-01-13",
    // Fri; 9 Mar carried over; 10-13 (4), 16-20 (9); 23 Nauryz, 24-25 carried over; 26, 27 (11);
    // 30, 31 Mar, 1, 2 Apr (15)
    "2026-03-06, 2026-04-02",
    // Fri; 15-19 Mar (5); 22, 23 Nauryz, 24 carried over; 25, 26 (7); 29 Mar-2 Apr (12); 5-7 Apr
    "2027-03-12, 2027-04-07",
    // Fri; 11 May carried over; 12-15 (4), 18-22 (9); 25, 26 (11); 27 Kurban Ait; 28, 29 (13);
    // 1, 2 Jun (15)
    "2026-05-08, 2026-06-02",
    // Mon, no holiday in reach: three plain weeks
    "2026-02-02, 2026-02-23",
  })
  void fifteenWorkingDays(LocalDate registered, LocalDate due) {
    assertThat(seeded.addWorkingDays(registered, AppealDeadlines.CONSIDERATION_WORKING_DAYS))
        .isEqualTo(due);
    assertThat(seeded.workingDaysBetween(registered, due))
        .isEqualTo(AppealDeadlines.CONSIDERATION_WORKING_DAYS);
  }

  @Test
  void threeWorkingDaysToRedirectOverNauryz2026() {
    // Fri 20 March: 23 Nauryz, 24 and 25 carried over; Thu 26, Fri 27, Mon 30
    assertThat(seeded.addWorkingDays(day(2026, 3, 20), AppealDeadlines.REDIRECT_WORKING_DAYS))
        .isEqualTo(day(2026, 3, 30));
  }

  @Test
  void countingStartsTheDayAfterEvenWhenThatDayIsOff() {
    assertThat(seeded.addWorkingDays(day(2026, 1, 3), 1)).isEqualTo(day(2026, 1, 5));
    assertThat(seeded.addWorkingDays(day(2026, 1, 5), 1)).isEqualTo(day(2026, 1, 6));
    assertThat(seeded.addWorkingDays(day(2026, 1, 6), 1))
        .as("7 Jan Christmas")
        .isEqualTo(day(2026, 1, 8));
    assertThat(seeded.addWorkingDays(day(2026, 1, 6), 0)).isEqualTo(day(2026, 1, 6));
    assertThatThrownBy(() -> seeded.addWorkingDays(day(2026, 1, 6), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDecreedWorkingSaturdayCounts() {
    // test-only transfer: Saturday 3 January 2026 worked, Monday 5 January off
    WorkingDayCalendar withTransfer = withTestTransfer();
    // Fri 2 Jan (holiday) registered: Sat 3 (1), Tue 6 (2), Thu 8 (3)
    assertThat(withTransfer.addWorkingDays(day(2026, 1, 2), 3)).isEqualTo(day(2026, 1, 8));
    assertThat(seeded.addWorkingDays(day(2026, 1, 2), 3)).isEqualTo(day(2026, 1, 8));
    assertThat(withTransfer.addWorkingDays(day(2026, 1, 2), 1)).isEqualTo(day(2026, 1, 3));
    assertThat(seeded.addWorkingDays(day(2026, 1, 2), 1)).isEqualTo(day(2026, 1, 5));
    assertThat(withTransfer.workingDaysBetween(day(2026, 1, 2), day(2026, 1, 4))).isEqualTo(1);
    assertThat(withTransfer.registrationDay(almaty(2026, 1, 3, 10, 0), NINE, SIX_PM))
        .isEqualTo(day(2026, 1, 3));
  }

  @Test
  void workingDaysBetweenIsTheInverseOfAddWorkingDays() {
    for (LocalDate d = day(2026, 1, 1); d.isBefore(day(2027, 12, 1)); d = d.plusDays(1)) {
      for (int n : new int[] {0, 1, 3, 15}) {
        LocalDate due = seeded.addWorkingDays(d, n);
        assertThat(seeded.workingDaysBetween(d, due)).as("%s + %d", d, n).isEqualTo(n);
        assertThat(seeded.workingDaysBetween(due, d)).isEqualTo(-n);
        assertThat(due.equals(d) || seeded.isWorkingDay(due)).isTrue();
      }
    }
  }

  @Test
  void workingDaysOfWholeYears() {
    // 365 days, 104 weekend days, 15 holidays of which 6 on weekends (9 on weekdays), 6 carried
    assertThat(seeded.workingDaysBetween(day(2025, 12, 31), day(2026, 12, 31)))
        .isEqualTo(365 - 104 - 9 - 6);
    // 365 days, 104 weekend days, 15 holidays of which 5 on weekends (10 on weekdays), 4 carried
    assertThat(seeded.workingDaysBetween(day(2026, 12, 31), day(2027, 12, 31)))
        .isEqualTo(365 - 104 - 10 - 4);
  }

  @Test
  void aFridayEveningReceiptIsRegisteredOnMonday() {
    assertThat(seeded.registrationDay(almaty(2026, 2, 13, 19, 0), NINE, SIX_PM))
        .isEqualTo(day(2026, 2, 16));
  }

  @Test
  void aFridayEveningReceiptBeforeAFreeMondayIsRegisteredOnTuesday() {
    // Monday 9 March 2026 is the carried-over day off of 8 March
    assertThat(seeded.registrationDay(almaty(2026, 3, 6, 19, 0), NINE, SIX_PM))
        .isEqualTo(day(2026, 3, 10));
  }

  @Test
  void registrationWithinAndAroundWorkingHours() {
    assertThat(seeded.registrationDay(almaty(2026, 2, 11, 9, 0), NINE, SIX_PM))
        .as("at opening")
        .isEqualTo(day(2026, 2, 11));
    assertThat(seeded.registrationDay(almaty(2026, 2, 11, 17, 59), NINE, SIX_PM))
        .as("a minute before closing")
        .isEqualTo(day(2026, 2, 11));
    assertThat(seeded.registrationDay(almaty(2026, 2, 11, 18, 0), NINE, SIX_PM))
        .as("at closing")
        .isEqualTo(day(2026, 2, 12));
    assertThat(seeded.registrationDay(almaty(2026, 2, 11, 7, 30), NINE, SIX_PM))
        .as("before opening: the same day's working hours come first")
        .isEqualTo(day(2026, 2, 11));
    assertThat(seeded.registrationDay(almaty(2026, 2, 14, 11, 0), NINE, SIX_PM))
        .as("Saturday")
        .isEqualTo(day(2026, 2, 16));
    assertThat(seeded.registrationDay(almaty(2026, 12, 31, 20, 0), NINE, SIX_PM))
        .as("New Year's Eve: 1 January holiday, 2 Jan Saturday, 4 Jan carried over")
        .isEqualTo(day(2027, 1, 5));
    assertThatThrownBy(() -> seeded.registrationDay(almaty(2026, 2, 11, 9, 0), SIX_PM, NINE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void registrationUsesAlmatyTimeWhateverTheZoneOfTheReceipt() {
    // 23:30 UTC on Thursday 12 February is Friday 13 February morning in Almaty (UTC+5 or +6)
    ZonedDateTime utc = ZonedDateTime.of(2026, 2, 12, 23, 30, 0, 0, ZoneOffset.UTC);
    assertThat(seeded.registrationDay(utc, NINE, SIX_PM)).isEqualTo(day(2026, 2, 13));
  }

  @Test
  void twoExceptionsForOneDayAreRefused() {
    List<CalendarException> rows = new ArrayList<>(SeedFile.rows());
    rows.add(CalendarException.working(day(2026, 1, 1), "test", CalendarSource.DECREE));
    assertThatThrownBy(() -> new WorkingDayCalendar(rows))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void appealDeadlineConstants() {
    assertThat(AppealDeadlines.CONSIDERATION_WORKING_DAYS).isEqualTo(15);
    assertThat(AppealDeadlines.REDIRECT_WORKING_DAYS).isEqualTo(3);
    assertThat(AppealDeadlines.EXTENSION_CAP.toTotalMonths()).isEqualTo(2);
  }

  private WorkingDayCalendar withTestTransfer() {
    List<CalendarException> rows = new ArrayList<>(SeedFile.rows());
    rows.add(
        CalendarException.working(
            day(2026, 1, 3), "Test only: Saturday worked for Monday", CalendarSource.DECREE));
    rows.add(
        CalendarException.dayOff(
            day(2026, 1, 5), "Test only: off for Saturday 3 January", CalendarSource.DECREE));
    return new WorkingDayCalendar(rows);
  }
}
