package kz.kenes.moderation.appeal;

import java.time.Instant;
import java.time.LocalDate;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.thread.Category;

/**
 * An appeal took a step (fired inside the step's transaction, so that what keeps count of steps —
 * the monitoring roll-ups — commits or rolls back with it). Values, not the entity.
 *
 * @param deadline the deadline in force after the step (null before registration)
 * @param executorId the executor after the step, or null
 */
public record AppealMoved(
    long appealId,
    long bodyId,
    Category category,
    AppealChannel channel,
    AppealStatus to,
    Instant at,
    LocalDate registrationDay,
    LocalDate deadline,
    Long executorId) {

  static AppealMoved of(Appeal appeal, AppealStep step) {
    return new AppealMoved(
        appeal.id(),
        appeal.body().id(),
        appeal.category(),
        appeal.channel(),
        step.to(),
        step.at(),
        appeal.registrationDay().orElse(null),
        step.deadline().orElse(appeal.deadline().orElse(null)),
        appeal.executor().map(Member::id).orElse(null));
  }
}
