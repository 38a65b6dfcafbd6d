package kz.kenes.moderation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Computes a year's exceptions to the Monday–Friday rule from the law: the public holidays, and for
 * each national holiday that falls on a Saturday or Sunday a day off carried over to the next
 * working day (religious holidays — Orthodox Christmas, Kurban Ait — are not carried over). The
 * government's yearly decree on transfers of days is not predictable and is added by hand. Used to
 * prepare a year's seed for the {@code calendar_day} table; {@code HolidayRulesTest} checks that
 * the seeded years agree with it.
 */
public final class HolidayRules {
  /** A public holiday on a fixed date. */
  public record FixedHoliday(MonthDay date, String name, boolean religious) {}

  /** The fixed-date public holidays, in calendar order. */
  public static final List<FixedHoliday> FIXED =
      List.of(
          national(1, 1, "New Year"),
          national(1, 2, "New Year"),
          new FixedHoliday(MonthDay.of(1, 7), "Orthodox Christmas (religious)", true),
          national(3, 8, "International Women's Day"),
          national(3, 21, "Nauryz meirami"),
          national(3, 22, "Nauryz meirami"),
          national(3, 23, "Nauryz meirami"),
          national(5, 1, "Kazakhstan People's Unity Day"),
          national(5, 7, "Defender of the Fatherland Day"),
          national(5, 9, "Victory Day"),
          national(7, 6, "Capital Day"),
          national(8, 30, "Constitution Day"),
          national(10, 25, "Republic Day"),
          national(12, 16, "Independence Day"));

  static final String KURBAN_AIT =
      "Kurban Ait, first day (religious): date to be confirmed against the government decree";

  private HolidayRules() {}

  private static FixedHoliday national(int month, int day, String name) {
    return new FixedHoliday(MonthDay.of(month, day), name, false);
  }

  /**
   * The exceptions of {@code year}, sorted by day: every public holiday (also those on a weekend,
   * so that the table shows why a carried-over day is off) and the carried-over days off.
   *
   * @param kurbanAit the first day of Kurban Ait in that year, as the government announces it
   */
  public static List<CalendarException> exceptionsFor(int year, LocalDate kurbanAit) {
    Objects.requireNonNull(kurbanAit, "kurbanAit");
    if (kurbanAit.getYear() != year) {
      throw new IllegalArgumentException("Kurban Ait " + kurbanAit + " is not in " + year);
    }
    List<CalendarException> result = new ArrayList<>();
    Set<LocalDate> off = new HashSet<>();
    for (FixedHoliday h : FIXED) {
      LocalDate day = h.date().atYear(year);
      result.add(CalendarException.dayOff(day, h.name(), CalendarSource.HOLIDAY));
      off.add(day);
    }
    if (!off.add(kurbanAit)) {
      throw new IllegalArgumentException("Kurban Ait " + kurbanAit + " falls on a fixed holiday");
    }
    result.add(CalendarException.dayOff(kurbanAit, KURBAN_AIT, CalendarSource.HOLIDAY));
    result.sort(Comparator.comparing(CalendarException::day));

    // carry-overs in calendar order, each to the first day not a weekend nor already off
    List<CalendarException> carried = new ArrayList<>();
    for (FixedHoliday h : FIXED) {
      LocalDate day = h.date().atYear(year);
      if (h.religious() || !isWeekend(day)) {
        continue;
      }
      LocalDate to = day.plusDays(1);
      while (isWeekend(to) || off.contains(to)) {
        to = to.plusDays(1);
      }
      off.add(to);
      carried.add(CalendarException.dayOff(to, carriedReason(h, day), CalendarSource.TRANSFER));
    }
    result.addAll(carried);
    result.sort(Comparator.comparing(CalendarException::day));
    return List.copyOf(result);
  }

  private static String carriedReason(FixedHoliday h, LocalDate day) {
    return "Day off carried over from "
        + h.name()
        + " ("
        + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + day
        + ") falling on a weekend";
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
