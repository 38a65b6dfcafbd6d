package kz.kenes.moderation.calendar;

import java.time.Period;

/**
 * The legal terms of a formal appeal (өтініш) under the Administrative Procedural-Process Code of
 * the Republic of Kazakhstan (APPK), counted on the {@link WorkingDayCalendar}.
 */
public final class AppealDeadlines {
  /**
   * An appeal is considered within fifteen working days of its registration (APPK, article 76): the
   * deadline is {@code calendar.addWorkingDays(registrationDay, CONSIDERATION_WORKING_DAYS)}.
   */
  public static final int CONSIDERATION_WORKING_DAYS = 15;

  /**
   * An appeal that is not within the body's competence is sent on to the competent body within
   * three working days (APPK, article 65), the applicant being told of it.
   */
  public static final int REDIRECT_WORKING_DAYS = 3;

  /**
   * The consideration term may be extended once, by a reasoned decision, by at most two months
   * (APPK, article 76) — calendar months, not working days.
   */
  public static final Period EXTENSION_CAP = Period.ofMonths(2);

  private AppealDeadlines() {}
}
