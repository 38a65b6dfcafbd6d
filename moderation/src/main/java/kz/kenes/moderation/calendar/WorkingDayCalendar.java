package kz.kenes.moderation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days in Kazakhstan: Monday to Friday, except the days the calendar's exceptions say
 * otherwise (holidays, carried-over holidays and decreed transfers). Immutable; days of years the
 * exceptions do not cover simply follow the Monday–Friday rule.
 */
public final class WorkingDayCalendar {
  /** The zone of appeals' registration; Kazakhstan has one time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private final Map<LocalDate, CalendarException> exceptions;

  public WorkingDayCalendar(Collection<CalendarException> exceptions) {
    Map<LocalDate, CalendarException> byDay = new TreeMap<>();
    for (CalendarException e : exceptions) {
      if (byDay.put(e.day(), e) != null) {
        throw new IllegalArgumentException("two exceptions for " + e.day());
      }
    }
    this.exceptions = Collections.unmodifiableMap(byDay);
  }

  /** The exception for that day, if the day does not follow the Monday–Friday rule. */
  public Optional<CalendarException> exceptionOn(LocalDate day) {
    return Optional.ofNullable(exceptions.get(day));
  }

  public boolean isWorkingDay(LocalDate day) {
    CalendarException e = exceptions.get(Objects.requireNonNull(day, "day"));
    if (e != null) {
      return e.kind() == DayKind.WORKING;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** The first working day strictly after {@code day}. */
  public LocalDate nextWorkingDayAfter(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The deadline of {@code n} working days counted from the day after {@code from}: the n-th
   * working day after {@code from}. An appeal registered on Friday 18 December 2026 with 15 working
   * days is due on Wednesday 13 January 2027. {@code n = 0} gives {@code from} itself.
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate d = from;
    for (int counted = 0; counted < n; counted++) {
      d = nextWorkingDayAfter(d);
    }
    return d;
  }

  /**
   * The day an appeal received at {@code received} is registered on, in Asia/Almaty time: the day
   * of receipt when it is a working day and the receipt falls within working hours ({@code
   * workStart} inclusive, {@code workEnd} exclusive), otherwise the next working day. A receipt
   * before {@code workStart} on a working day is registered that same day, which is the next
   * working day to begin after the receipt.
   */
  public LocalDate registrationDay(ZonedDateTime received, LocalTime workStart, LocalTime workEnd) {
    Objects.requireNonNull(received, "received");
    if (!workStart.isBefore(workEnd)) {
      throw new IllegalArgumentException("working hours must start before they end");
    }
    ZonedDateTime local = received.withZoneSameInstant(ZONE);
    LocalDate day = local.toLocalDate();
    if (isWorkingDay(day) && local.toLocalTime().isBefore(workEnd)) {
      return day;
    }
    return nextWorkingDayAfter(day);
  }

  /**
   * The number of working days after {@code a} up to and including {@code b}, so that {@code
   * workingDaysBetween(a, addWorkingDays(a, n)) == n}; negative when {@code b} is before {@code a},
   * zero when they are the same day.
   */
  public long workingDaysBetween(LocalDate a, LocalDate b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (b.isBefore(a)) {
      return -workingDaysBetween(b, a);
    }
    long count = 0;
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
