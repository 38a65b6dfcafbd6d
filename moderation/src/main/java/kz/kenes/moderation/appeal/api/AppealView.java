package kz.kenes.moderation.appeal.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.kenes.moderation.appeal.Appeal;
import kz.kenes.moderation.appeal.AppealDetails;
import kz.kenes.moderation.appeal.AppealStep;

/**
 * An appeal as its applicant, the body's officials and admins see it: the registration (number,
 * date-time in Kazakhstan time, UTC+5), the channel it came by (an appeal taken at intake has no
 * post or thread), the deadline, the executor, the answer and every step. Never the applicant's
 * personal data (that has its own audited endpoint).
 */
public record AppealView(
    long id,
    String number,
    String status,
    Long postId,
    Long threadId,
    String channel,
    String body,
    String subject,
    String category,
    String text,
    OffsetDateTime registeredAt,
    LocalDate deadline,
    LocalDate originalDeadline,
    String executor,
    String result,
    String answer,
    OffsetDateTime answeredAt,
    boolean publishAnswer,
    String redirectedTo,
    List<StepView> history) {

  /** Kazakhstan's single time zone since 1 March 2024. */
  public static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

  /** One step. */
  public record StepView(
      String from,
      String to,
      String actor,
      String note,
      String executor,
      LocalDate deadline,
      OffsetDateTime at) {
    static StepView of(AppealStep step) {
      return new StepView(
          step.from().map(Enum::name).orElse(null),
          step.to().name(),
          step.actor(),
          step.note().orElse(null),
          step.executor().orElse(null),
          step.deadline().orElse(null),
          step.at().atOffset(KAZAKHSTAN));
    }
  }

  public static AppealView of(AppealDetails details) {
    Appeal a = details.appeal();
    return new AppealView(
        a.id(),
        a.number().orElse(null),
        a.status().name(),
        a.postId(),
        a.thread() == null ? null : a.thread().id(),
        a.channel().name(),
        a.body().slug(),
        a.subject(),
        a.category().name(),
        a.snapshotText(),
        a.registeredAt().map(t -> t.atOffset(KAZAKHSTAN)).orElse(null),
        a.deadline().orElse(null),
        a.originalDeadline().orElse(null),
        a.executor().map(m -> m.displayName()).orElse(null),
        a.result().map(Enum::name).orElse(null),
        a.answerText().orElse(null),
        a.answeredAt().map(t -> t.atOffset(KAZAKHSTAN)).orElse(null),
        a.publishAnswer(),
        a.redirectedTo().flatMap(Appeal::number).orElse(null),
        details.steps().stream().map(StepView::of).toList());
  }
}
