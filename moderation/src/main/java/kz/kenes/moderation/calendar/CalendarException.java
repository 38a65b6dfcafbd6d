package kz.kenes.moderation.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the Monday–Friday rule, as a plain value: what {@link HolidayRules} computes and
 * what {@link WorkingDayCalendar} is made of.
 */
public record CalendarException(LocalDate day, DayKind kind, String reason, CalendarSource source) {
  public static final int REASON_MAX = 200;

  public CalendarException {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
    if (reason.isBlank() || reason.length() > REASON_MAX) {
      throw new IllegalArgumentException("a reason is 1 to " + REASON_MAX + " characters");
    }
  }

  public static CalendarException dayOff(LocalDate day, String reason, CalendarSource source) {
    return new CalendarException(day, DayKind.DAY_OFF, reason, source);
  }

  public static CalendarException working(LocalDate day, String reason, CalendarSource source) {
    return new CalendarException(day, DayKind.WORKING, reason, source);
  }
}
