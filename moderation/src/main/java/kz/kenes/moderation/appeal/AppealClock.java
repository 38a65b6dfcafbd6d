package kz.kenes.moderation.appeal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.moderation.calendar.AppealDeadlines;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * The legal terms of an appeal on one {@link WorkingDayCalendar}, so that registration, the
 * deadline, a redirect, an extension and the overdue check all count days the same way (APPK,
 * articles 64, 65, 76, 91).
 *
 * <p><b>Extension cap, unconfirmed reading:</b> article 76 allows extending "for two months at most
 * in total". This class reads "in total" as: the extended deadline is never later than the
 * <em>original</em> 15-working-day deadline plus {@link AppealDeadlines#EXTENSION_CAP} (calendar
 * months), however many extensions there were. A legal review may decide otherwise (e.g. counting
 * from registration); then only {@link #extend} changes.
 */
public final class AppealClock {
  /**
   * Start of working hours in Asia/Almaty: a receipt before it on a working day counts that day.
   */
  public static final LocalTime WORK_START = LocalTime.of(9, 0);

  /** End of working hours (exclusive): a receipt at or after it counts on the next working day. */
  public static final LocalTime WORK_END = LocalTime.of(18, 30);

  private final WorkingDayCalendar calendar;

  public AppealClock(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** The day to answer by: the 15th working day after the registration day (APPK, article 76). */
  public LocalDate deadline(LocalDate registrationDay) {
    return calendar.addWorkingDays(registrationDay, AppealDeadlines.CONSIDERATION_WORKING_DAYS);
  }

  /**
   * The day by which an appeal outside the body's competence must be forwarded: the 3rd working day
   * after the registration day (APPK, article 65).
   */
  public LocalDate redirectDeadline(LocalDate registrationDay) {
    return calendar.addWorkingDays(registrationDay, AppealDeadlines.REDIRECT_WORKING_DAYS);
  }

  /**
   * Validates an extension and returns the new deadline. A {@code requested} day that is not a
   * working day is first moved to the next working day, since nothing is due on a day off; the
   * moved day must then be after {@code currentDeadline} and not after {@code originalDeadline}
   * plus {@link AppealDeadlines#EXTENSION_CAP}. So asking for a cap day that is a day off is
   * refused: the official picks the last working day before it.
   *
   * @param originalDeadline the deadline computed at registration, before any extension
   * @param currentDeadline the deadline in force now (the original one, or a previous extension)
   * @param requested the day the head asks for
   * @return the new deadline, a working day
   * @throws DomainException.InvalidInput on field {@code until}: {@code
   *     validation.appeal.extension-after} when the day is not after the current deadline, {@code
   *     validation.appeal.extension-cap} when it is beyond the two-month cap (both when both hold)
   */
  public LocalDate extend(
      LocalDate originalDeadline, LocalDate currentDeadline, LocalDate requested) {
    Objects.requireNonNull(originalDeadline, "originalDeadline");
    Objects.requireNonNull(currentDeadline, "currentDeadline");
    Objects.requireNonNull(requested, "requested");
    LocalDate until =
        calendar.isWorkingDay(requested) ? requested : calendar.nextWorkingDayAfter(requested);
    List<FieldError> errors = new ArrayList<>(2);
    if (!until.isAfter(currentDeadline)) {
      errors.add(new FieldError("until", "validation.appeal.extension-after"));
    }
    if (until.isAfter(originalDeadline.plus(AppealDeadlines.EXTENSION_CAP))) {
      errors.add(new FieldError("until", "validation.appeal.extension-cap"));
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors);
    }
    return until;
  }

  /**
   * Whether an appeal due on {@code deadline} is overdue on {@code today}: the whole deadline day
   * counts, so it becomes overdue the day after.
   */
  public boolean overdue(LocalDate deadline, LocalDate today) {
    return today.isAfter(Objects.requireNonNull(deadline, "deadline"));
  }

  /**
   * The day an appeal submitted at {@code submitted} is registered on (APPK, article 64), in
   * Asia/Almaty time: that day when it is a working day and the submission is before {@link
   * #WORK_END}, otherwise the next working day. A submission before {@link #WORK_START} on a
   * working day is registered that same day, the first working day to begin after it.
   */
  public LocalDate registrationDay(ZonedDateTime submitted) {
    return calendar.registrationDay(submitted, WORK_START, WORK_END);
  }
}
