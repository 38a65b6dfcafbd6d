package kz.kenes.moderation.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.appeal.AppealChannel;
import kz.kenes.moderation.appeal.AppealMoved;
import kz.kenes.moderation.appeal.AppealStatus;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * What one appeal step adds to the weekly roll-ups: the one rule both the incremental update (in
 * the step's transaction) and the rebuild from the appeals' history use, so that the two always
 * agree. A registration counts in the week it was registered (Kazakhstan time); an answer in the
 * week it was given, on time when given on or before the deadline in force, with the working days
 * from the registration day to the answer's day; an overdue mark and a redirection in their week.
 * Other steps (assignment, work, extension, closing) add nothing.
 *
 * @param days working days from registration to the answer, or -1 when not an answer
 */
public record RollupDelta(
    long bodyId,
    MonitoringWeek week,
    Category category,
    AppealChannel channel,
    int registered,
    int answered,
    int answeredOnTime,
    int overdue,
    int redirected,
    int days,
    Long executorId) {

  /** The step's part, or empty for a step the roll-ups do not count. */
  public static Optional<RollupDelta> of(AppealMoved step, WorkingDayCalendar calendar) {
    MonitoringWeek week = MonitoringWeek.of(step.at());
    AppealStatus to = step.to();
    return switch (to) {
      case REGISTERED -> Optional.of(delta(step, week, 1, 0, 0, 0, 0, -1));
      case OVERDUE -> Optional.of(delta(step, week, 0, 0, 0, 1, 0, -1));
      case REDIRECTED -> Optional.of(delta(step, week, 0, 0, 0, 0, 1, -1));
      case ANSWERED -> {
        LocalDate day = step.at().atZone(WorkingDayCalendar.ZONE).toLocalDate();
        boolean onTime = step.deadline() != null && !day.isAfter(step.deadline());
        int days =
            step.registrationDay() == null
                ? 0
                : (int) Math.max(0, calendar.workingDaysBetween(step.registrationDay(), day));
        yield Optional.of(delta(step, week, 0, 1, onTime ? 1 : 0, 0, 0, days));
      }
      case DRAFT, ASSIGNED, IN_PROGRESS, EXTENDED, CLOSED -> Optional.empty();
    };
  }

  private static RollupDelta delta(
      AppealMoved step,
      MonitoringWeek week,
      int registered,
      int answered,
      int onTime,
      int overdue,
      int redirected,
      int days) {
    return new RollupDelta(
        step.bodyId(),
        week,
        step.category(),
        step.channel(),
        registered,
        answered,
        onTime,
        overdue,
        redirected,
        days,
        answered > 0 ? step.executorId() : null);
  }
}
