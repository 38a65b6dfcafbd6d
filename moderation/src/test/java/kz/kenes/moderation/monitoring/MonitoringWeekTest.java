package kz.kenes.moderation.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO weeks in Kazakhstan time (UTC+5), not in UTC or the server's zone. */
class MonitoringWeekTest {

  @Test
  void sundayHalfPastElevenInAktogayIsStillThatWeekThoughMondayStartsHalfAnHourLater() {
    Instant sundayLate = ZonedDateTime.parse("2026-12-06T23:30+05:00[Asia/Almaty]").toInstant();
    assertThat(sundayLate).isEqualTo(Instant.parse("2026-12-06T18:30:00Z"));
    assertThat(MonitoringWeek.of(sundayLate).toString()).isEqualTo("2026-W49");
    Instant mondayMidnight = ZonedDateTime.parse("2026-12-07T00:00+05:00[Asia/Almaty]").toInstant();
    // still Sunday 19:00 in UTC, but Monday in Kazakhstan: the next week
    assertThat(MonitoringWeek.of(mondayMidnight).toString()).isEqualTo("2026-W50");
    assertThat(MonitoringWeek.of(mondayMidnight.minusNanos(1000)).toString()).isEqualTo("2026-W49");
  }

  @Test
  void aWeekRunsFromMondayMidnightToTheNextMondayMidnightLocalTime() {
    MonitoringWeek week = MonitoringWeek.parse("2026-W49").orElseThrow();
    assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(week.start()).isEqualTo(Instant.parse("2026-11-29T19:00:00Z"));
    assertThat(week.end()).isEqualTo(Instant.parse("2026-12-06T19:00:00Z"));
    assertThat(MonitoringWeek.of(week.start())).isEqualTo(week);
    assertThat(MonitoringWeek.of(week.end())).isEqualTo(week.minus(-1));
    assertThat(WorkingDayCalendar.ZONE.getId()).isEqualTo("Asia/Almaty");
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2026-W01", // Thursday: week 1 of 2026
    "2027-01-01, 2026-W53", // Friday: the last week of 2026, which has 53
    "2027-01-04, 2027-W01",
    "2024-12-30, 2025-W01"
  })
  void weeksAcrossTheNewYearFollowIso(String day, String week) {
    assertThat(MonitoringWeek.of(LocalDate.parse(day)).toString()).isEqualTo(week);
  }

  @Test
  void theTrendIsTwelveWeeksEndingWithTheWeekOldestFirstAcrossTheYear() {
    var weeks = MonitoringWeek.parse("2027-W02").orElseThrow().last(12);
    assertThat(weeks).hasSize(12);
    assertThat(weeks.get(0).toString()).isEqualTo("2026-W44");
    assertThat(weeks.get(10).toString()).isEqualTo("2027-W01");
    assertThat(weeks.get(11).toString()).isEqualTo("2027-W02");
    assertThat(weeks.get(9).toString()).isEqualTo("2026-W53");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-49",
        "2026-W0",
        "2026-W00",
        "2026-W54",
        "2025-W53",
        "W49",
        "2026-W49x",
        "1999-W01",
        "２０２６-W49"
      })
  void textThatIsNoWeekIsRefused(String text) {
    assertThat(MonitoringWeek.parse(text)).isEmpty();
  }

  @Test
  void week53ExistsOnlyInLongYears() {
    assertThat(MonitoringWeek.parse("2026-W53")).isPresent();
    assertThat(MonitoringWeek.parse(" 2026-W49 ")).contains(new MonitoringWeek(2026, 49));
  }
}
