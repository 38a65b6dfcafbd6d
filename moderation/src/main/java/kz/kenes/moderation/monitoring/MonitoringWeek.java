package kz.kenes.moderation.monitoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * An ISO week in Kazakhstan time (Asia/Almaty), written {@code 2026-W49}: Monday 00:00 to the next
 * Monday 00:00 local time, so that an appeal registered on Sunday 23:30 in Aktogay falls in that
 * week even though it is still Sunday afternoon in UTC.
 */
public record MonitoringWeek(int year, int week) implements Comparable<MonitoringWeek> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public MonitoringWeek {
    if (year < 2000 || year > 2999) {
      throw new IllegalArgumentException("year " + year);
    }
    LocalDate probe = LocalDate.of(year, 6, 1);
    long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException("week " + week);
    }
  }

  /** The week of {@code 2026-W49}, or empty when the text is not a week that exists. */
  public static Optional<MonitoringWeek> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new MonitoringWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The week a moment falls in, in Kazakhstan time. */
  public static MonitoringWeek of(Instant at) {
    return of(at.atZone(WorkingDayCalendar.ZONE).toLocalDate());
  }

  /** The week a Kazakhstan calendar day falls in. */
  public static MonitoringWeek of(LocalDate day) {
    return new MonitoringWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Its Monday. */
  public LocalDate monday() {
    return LocalDate.of(year, 6, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Its Sunday. */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /** When it starts: Monday 00:00 in Kazakhstan. */
  public Instant start() {
    return monday().atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
  }

  /** When it ends (exclusive): the next Monday 00:00 in Kazakhstan. */
  public Instant end() {
    return monday().plusWeeks(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
  }

  public MonitoringWeek minus(int weeks) {
    return of(monday().minusWeeks(weeks));
  }

  /** The {@code count} weeks ending with this one, oldest first. */
  public List<MonitoringWeek> last(int count) {
    List<MonitoringWeek> weeks = new ArrayList<>(count);
    for (int i = count - 1; i >= 0; i--) {
      weeks.add(minus(i));
    }
    return weeks;
  }

  @Override
  public int compareTo(MonitoringWeek other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
