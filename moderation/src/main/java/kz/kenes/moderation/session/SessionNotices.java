package kz.kenes.moderation.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.notification.Notification;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * Tells people of sessions, inside the use case's transaction through the outbox: the body's
 * followers when questions open, one day before, and when a session is postponed or cancelled (by
 * email when they want email, by SMS to their verified phone when they chose SMS of the news they
 * follow, {@link Member#wantsAnswerSms}); a question's asker at each step of their question (SMS as
 * for their appeals' steps, {@link Member#wantsSms}). Each occasion of a session is told once: a
 * {@link SessionNotice} row, unique per session and occasion, is written with the messages. Texts
 * carry the session's title, date and link only: never a name, phone or question text.
 */
@ApplicationScoped
public class SessionNotices {
  public static final String DAY_BEFORE = "DAY_BEFORE";

  /** Two concatenated UCS-2 segments. */
  static final int SMS_MAX = 134;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Inject SessionRepository sessions;
  @Inject Outbox outbox;
  @Inject PageLinks links;
  @Inject NotificationService notifications;

  /** After a move: followers hear of questions opening, a postponement or a cancellation. */
  void transitioned(PublicSession session) {
    String occasion =
        switch (session.status()) {
          case OPEN_FOR_QUESTIONS -> "OPEN#" + session.icsSequence();
          case POSTPONED -> "POSTPONED#" + session.icsSequence();
          case CANCELLED -> "CANCELLED";
          default -> null;
        };
    NotificationKind kind =
        switch (session.status()) {
          case OPEN_FOR_QUESTIONS -> NotificationKind.SESSION_OPEN;
          case POSTPONED -> NotificationKind.SESSION_POSTPONED;
          default -> NotificationKind.SESSION_CANCELLED;
        };
    if (occasion != null) {
      followers(session, occasion, session.status().name(), kind);
    }
  }

  /** The reminder a day before; false when the followers were already reminded. */
  boolean dayBefore(PublicSession session) {
    return followers(session, DAY_BEFORE, DAY_BEFORE, NotificationKind.SESSION_DAY_BEFORE);
  }

  private boolean followers(
      PublicSession session, String occasion, String kind, NotificationKind inApp) {
    if (sessions.told(session.id(), occasion)) {
      return false;
    }
    sessions.add(new SessionNotice(session.id(), occasion, java.time.Instant.now()));
    Messages text = Messages.of(Language.DEFAULT);
    String when = WHEN.format(ZonedDateTime.ofInstant(session.startsAt(), WorkingDayCalendar.ZONE));
    String link = links.session(session.id());
    String title = session.title();
    List<Member> followers = sessions.followers(session.body());
    notifications.tell(inApp, target(session), session.id(), followers);
    for (Member member : followers) {
      if (member.wantsEmail()) {
        member
            .email()
            .ifPresent(
                address ->
                    outbox.email(
                        address,
                        text.get("mail.session." + kind + ".subject", title),
                        text.get("mail.session." + kind + ".text", title, when, link)));
      }
      if (member.wantsAnswerSms()) {
        sms(member, text.get("sms.session." + kind, shorten(title, 40), when, link));
      }
    }
    return true;
  }

  /** What an in-app notice of a session shows and where it leads: the session's page. */
  private Notification.Target target(PublicSession session) {
    return new Notification.Target(session.title(), links.session(session.id()), session.body());
  }

  /**
   * The asker of a question hears of its step ({@code due}, {@code answered}, {@code appeal}); in
   * the app as {@code inApp}.
   */
  void askerTold(SessionQuestion question, String step, NotificationKind inApp) {
    Member asker = question.asker();
    notifications.tell(inApp, target(question.session()), question.id(), List.of(asker));
    PublicSession session = question.session();
    Messages text = Messages.of(Language.DEFAULT);
    String due = question.writtenAnswerDue().map(DAY::format).orElse("");
    String link = links.session(session.id());
    String title = session.title();
    if (asker.wantsEmail()) {
      asker
          .email()
          .ifPresent(
              address ->
                  outbox.email(
                      address,
                      text.get("mail.session.question." + step + ".subject", title),
                      text.get("mail.session.question." + step + ".text", title, due, link)));
    }
    if (asker.wantsSms()) {
      sms(asker, text.get("sms.session.question." + step, shorten(title, 40), due, link));
    }
  }

  /** A moderator hid the asker's question: they hear of it in the app (the page says why). */
  public void questionHidden(SessionQuestion question) {
    notifications.tell(
        NotificationKind.QUESTION_MODERATED,
        target(question.session()),
        question.id(),
        List.of(question.asker()));
  }

  private void sms(Member member, String text) {
    member.phone().ifPresent(to -> outbox.sms(to, shorten(text.strip(), SMS_MAX), Urgency.DAYTIME));
  }

  static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
