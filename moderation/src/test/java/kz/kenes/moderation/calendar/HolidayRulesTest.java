package kz.kenes.moderation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class HolidayRulesTest {
  static final LocalDate KURBAN_AIT_2026 = LocalDate.of(2026, 5, 27);
  static final LocalDate KURBAN_AIT_2027 = LocalDate.of(2027, 5, 16);

  @Test
  void theSeedHoldsExactlyTheRowsTheRulesGiveFor2026And2027() {
    assertThat(SeedFile.rows()).hasSize(40);
    assertThat(SeedFile.rowsOf(2026))
        .containsExactlyElementsOf(HolidayRules.exceptionsFor(2026, KURBAN_AIT_2026));
    assertThat(SeedFile.rowsOf(2027))
        .containsExactlyElementsOf(HolidayRules.exceptionsFor(2027, KURBAN_AIT_2027));
    assertThat(SeedFile.rows())
        .allSatisfy(r -> assertThat(r.day().getYear()).isBetween(2026, 2027));
  }

  @Test
  void theSeedsCarriedOverDaysAreTheOnesWorkedOutByHand() {
    assertThat(
            SeedFile.rows().stream()
                .filter(r -> r.source() == CalendarSource.TRANSFER)
                .map(CalendarException::day))
        .containsExactly(
            LocalDate.of(2026, 3, 9), // 8 March, Sunday
            LocalDate.of(2026, 3, 24), // Nauryz 21 March, Saturday
            LocalDate.of(2026, 3, 25), // Nauryz 22 March, Sunday
            LocalDate.of(2026, 5, 11), // Victory Day, Saturday
            LocalDate.of(2026, 8, 31), // Constitution Day, Sunday
            LocalDate.of(2026, 10, 26), // Republic Day, Sunday
            LocalDate.of(2027, 1, 4), // 2 January, Saturday
            LocalDate.of(2027, 3, 24), // Nauryz 21 March, Sunday (22, 23 are holidays)
            LocalDate.of(2027, 5, 3), // 1 May, Saturday
            LocalDate.of(2027, 5, 10)); // Victory Day, Sunday
  }

  @Test
  void everyYearHasEveryFixedHolidayAndKurbanAit() {
    for (int year = 2026; year <= 2040; year++) {
      LocalDate kurbanAit = LocalDate.of(year, 6, 15);
      var days = HolidayRules.exceptionsFor(year, kurbanAit).stream().map(e -> e.day()).toList();
      for (HolidayRules.FixedHoliday h : HolidayRules.FIXED) {
        assertThat(days).contains(h.date().atYear(year));
      }
      assertThat(days).contains(kurbanAit).doesNotHaveDuplicates().isSorted();
    }
  }

  @Test
  void religiousHolidaysAreNotCarriedOver() {
    // Orthodox Christmas, 7 January 2029, is a Sunday: Monday 8 January stays a working day
    var exceptions2029 = HolidayRules.exceptionsFor(2029, LocalDate.of(2029, 4, 24));
    assertThat(exceptions2029).noneMatch(e -> e.day().equals(LocalDate.of(2029, 1, 8)));
    // Kurban Ait on Saturday 6 June 2026 (a made-up date): Monday 8 June stays a working day
    var exceptions = HolidayRules.exceptionsFor(2026, LocalDate.of(2026, 6, 6));
    assertThat(exceptions).filteredOn(e -> e.source() == CalendarSource.TRANSFER).hasSize(6);
    assertThat(exceptions).noneMatch(e -> e.day().equals(LocalDate.of(2026, 6, 8)));
  }

  @Test
  void everyCarriedOverDayIsAWeekdayThatIsNoHolidayItself() {
    for (int y = 2026; y <= 2040; y++) {
      int year = y;
      var exceptions = HolidayRules.exceptionsFor(year, LocalDate.of(year, 6, 15));
      var holidays =
          exceptions.stream()
              .filter(e -> e.source() == CalendarSource.HOLIDAY)
              .map(CalendarException::day)
              .toList();
      long nationalOnWeekends =
          HolidayRules.FIXED.stream()
              .filter(h -> !h.religious())
              .map(h -> h.date().atYear(year))
              .filter(d -> d.getDayOfWeek().getValue() >= 6)
              .count();
      var carried = exceptions.stream().filter(e -> e.source() == CalendarSource.TRANSFER).toList();
      assertThat(carried).hasSize((int) nationalOnWeekends);
      assertThat(carried)
          .allSatisfy(
              e -> {
                assertThat(e.day().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
                assertThat(holidays).doesNotContain(e.day());
              });
    }
  }

  @Test
  void kurbanAitMustBeInTheYearAndNotOnAFixedHoliday() {
    assertThatThrownBy(() -> HolidayRules.exceptionsFor(2026, KURBAN_AIT_2027))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HolidayRules.exceptionsFor(2026, MonthDay.of(5, 9).atYear(2026)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyReasonFitsTheColumn() {
    for (int year = 2026; year <= 2040; year++) {
      assertThat(HolidayRules.exceptionsFor(year, LocalDate.of(year, 6, 15)))
          .allSatisfy(e -> assertThat(e.reason()).hasSizeLessThanOrEqualTo(200));
    }
  }
}
