package kz.kenes.moderation.session.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.kenes.moderation.session.PublicSession;
import kz.kenes.moderation.session.SessionQueries;
import kz.kenes.moderation.session.SessionQuestion;
import kz.kenes.moderation.session.SessionStep;

/** The JSON of sessions and questions: never entities on the wire. */
public final class SessionViews {
  /** Kazakhstan's offset: times are shown as local time with +05:00. */
  public static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);

  private SessionViews() {}

  /** A session in a list. */
  public record SessionSummary(
      long id,
      String body,
      String type,
      String title,
      String status,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String place,
      String onlineUrl) {
    public static SessionSummary of(PublicSession s) {
      return new SessionSummary(
          s.id(),
          s.body().slug(),
          s.type().name(),
          s.title(),
          s.status().name(),
          local(s.startsAt()),
          local(s.endsAt()),
          s.place().orElse(null),
          s.onlineUrl().orElse(null));
    }
  }

  /** A question as the public sees it. */
  public record QuestionView(
      long id,
      String text,
      String category,
      String asker,
      int supports,
      String status,
      String answer,
      String answeredBy,
      LocalDate writtenAnswerDue,
      Long appealId,
      String appealNumber) {
    public static QuestionView of(SessionQuestion q, Map<Long, String> numbers) {
      Long appeal = q.appealId().orElse(null);
      return new QuestionView(
          q.id(),
          q.text(),
          q.category().name(),
          q.asker().displayName(),
          q.supports(),
          q.status().name(),
          q.answer().orElse(null),
          q.answeredBy().orElse(null),
          q.writtenAnswerDue().orElse(null),
          appeal,
          appeal == null ? null : numbers.get(appeal));
    }
  }

  /** One move of the session's state machine. */
  public record StepView(String from, String to, String actor, String reason, OffsetDateTime at) {
    static StepView of(SessionStep step) {
      return new StepView(
          step.from().map(Enum::name).orElse(null),
          step.to().name(),
          step.actor(),
          step.reason().orElse(null),
          local(step.at()));
    }
  }

  /** The counts of a session's questions. */
  public record CountsView(int asked, int answeredAtSession, int answeredInWriting, int appeals) {}

  /** A session with its questions, most supported first. */
  public record SessionView(
      long id,
      String body,
      String type,
      String title,
      String status,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String place,
      String onlineUrl,
      String agendaHtml,
      List<String> speakers,
      String reason,
      String minutes,
      Integer attendance,
      String recordingUrl,
      Long nowAnswering,
      int sequence,
      CountsView counts,
      List<QuestionView> questions,
      List<StepView> history) {
    public static SessionView of(SessionQueries.SessionPage page) {
      PublicSession s = page.session();
      var c = page.counts();
      return new SessionView(
          s.id(),
          s.body().slug(),
          s.type().name(),
          s.title(),
          s.status().name(),
          local(s.startsAt()),
          local(s.endsAt()),
          s.place().orElse(null),
          s.onlineUrl().orElse(null),
          s.agendaHtml().orElse(null),
          s.speakers().stream().map(m -> m.displayName()).toList(),
          s.reason().orElse(null),
          s.minutes().orElse(null),
          s.attendance().orElse(null),
          s.recordingUrl().orElse(null),
          s.nowAnswering().orElse(null),
          s.icsSequence(),
          new CountsView(c.asked(), c.atSession(), c.inWriting(), c.appeals()),
          page.questions().stream().map(q -> QuestionView.of(q, page.appealNumbers())).toList(),
          page.history().stream().map(StepView::of).toList());
    }
  }

  static OffsetDateTime local(java.time.Instant instant) {
    return instant.atOffset(KAZAKHSTAN);
  }
}
