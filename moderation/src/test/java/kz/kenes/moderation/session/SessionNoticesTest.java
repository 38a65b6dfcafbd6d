package kz.kenes.moderation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.notification.Notification;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.PageLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Who hears of a session and its questions, by which channel, once, and what the SMS says. */
class SessionNoticesTest {
  static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  SessionNotices notices;
  PublicSession session;

  @BeforeEach
  void notices() {
    notices = new SessionNotices();
    notices.sessions = mock(SessionRepository.class);
    notices.outbox = mock(Outbox.class);
    notices.links = mock(PageLinks.class);
    notices.notifications = mock(NotificationService.class);
    when(notices.links.session(anyLong())).thenReturn("https://kenes.example/sessions/9");
    session =
        Sessions.session(
            9,
            "Аудан әкімінің тұрғындарға есебі",
            Instant.parse("2026-12-20T05:00:00Z"),
            Instant.parse("2026-12-20T07:00:00Z"));
  }

  static Member member(String name, String email, String phone, boolean sms, boolean smsNews) {
    Member member = new Member(name, name, NOW);
    member.emailAddress(email);
    member.phoneNumber(phone);
    member.choose(new Member.ChannelChoices(true, sms, smsNews));
    return member;
  }

  @Test
  void followersHearOnceWhenQuestionsOpenByEmailAndBySmsOnlyWhenTheyChoseIt() {
    Member both = member("both", "both@example.kz", "+77011112233", true, true);
    Member mailOnly = member("mail", "mail@example.kz", "+77014445566", true, false);
    when(notices.sessions.followers(any())).thenReturn(List.of(both, mailOnly));
    session.move(SessionStatus.OPEN_FOR_QUESTIONS, "official", null, NOW);

    notices.transitioned(session);

    verify(notices.outbox).email(eq("both@example.kz"), anyString(), anyString());
    verify(notices.outbox).email(eq("mail@example.kz"), anyString(), anyString());
    ArgumentCaptor<String> sms = ArgumentCaptor.forClass(String.class);
    verify(notices.outbox).sms(eq("+77011112233"), sms.capture(), eq(Urgency.DAYTIME));
    verify(notices.outbox, never()).sms(eq("+77014445566"), anyString(), any());
    assertThat(sms.getValue())
        .contains("20.12.2026 10:00", "https://kenes.example/sessions/9")
        .hasSizeLessThanOrEqualTo(SessionNotices.SMS_MAX);
    verify(notices.sessions).add(any(SessionNotice.class));
    // and in the app, linking to the session's page, with its title only
    ArgumentCaptor<Notification.Target> target = ArgumentCaptor.forClass(Notification.Target.class);
    verify(notices.notifications)
        .tell(
            eq(NotificationKind.SESSION_OPEN),
            target.capture(),
            eq(9L),
            eq(List.of(both, mailOnly)));
    assertThat(target.getValue().link()).isEqualTo("https://kenes.example/sessions/9");
    assertThat(target.getValue().title()).isEqualTo("Аудан әкімінің тұрғындарға есебі");

    // the occasion was told: a second run (or another node) tells nobody again
    when(notices.sessions.told(9L, "OPEN#1")).thenReturn(true);
    notices.transitioned(session);
    verify(notices.outbox).email(eq("both@example.kz"), anyString(), anyString());
    verify(notices.notifications).tell(any(), any(), any(), any());
  }

  @Test
  void postponingAndCancellingAndTheDayBeforeAreToldInTheAppAsTheirKind() {
    Member follower = member("f", null, null, false, false);
    when(notices.sessions.followers(any())).thenReturn(List.of(follower));

    notices.dayBefore(session);
    session.move(SessionStatus.POSTPONED, "official", "су тасқыны", NOW);
    notices.transitioned(session);
    session.move(SessionStatus.CANCELLED, "official", "су тасқыны", NOW);
    notices.transitioned(session);

    for (NotificationKind kind :
        List.of(
            NotificationKind.SESSION_DAY_BEFORE,
            NotificationKind.SESSION_POSTPONED,
            NotificationKind.SESSION_CANCELLED)) {
      verify(notices.notifications).tell(eq(kind), any(), eq(9L), eq(List.of(follower)));
    }
    verify(notices.outbox, never()).email(anyString(), anyString(), anyString());
  }

  @Test
  void scheduledAndLiveMovesTellNobody() {
    session.move(SessionStatus.OPEN_FOR_QUESTIONS, "official", null, NOW);
    session.move(SessionStatus.LIVE, "official", null, NOW);
    notices.transitioned(session);
    verify(notices.sessions, never()).followers(any());
  }

  @Test
  void theAskerHearsTheWrittenAnswerDueByEmailAndSmsWithoutTheQuestionsText() {
    SessionQuestion question = Sessions.question(session, 3, 0);
    Member asker = question.asker();
    asker.emailAddress("asker@example.kz");
    asker.phoneNumber("+77017778899");
    question.dueInWriting(LocalDate.of(2027, 1, 6));

    notices.askerTold(question, "due", NotificationKind.QUESTION_ANSWER_DUE);

    ArgumentCaptor<String> mail = ArgumentCaptor.forClass(String.class);
    verify(notices.outbox).email(eq("asker@example.kz"), anyString(), mail.capture());
    assertThat(mail.getValue()).contains("06.01.2027").doesNotContain(question.text());
    ArgumentCaptor<String> sms = ArgumentCaptor.forClass(String.class);
    verify(notices.outbox).sms(eq("+77017778899"), sms.capture(), eq(Urgency.DAYTIME));
    assertThat(sms.getValue()).contains("06.01.2027").doesNotContain(question.text());
    ArgumentCaptor<Notification.Target> target = ArgumentCaptor.forClass(Notification.Target.class);
    verify(notices.notifications)
        .tell(
            eq(NotificationKind.QUESTION_ANSWER_DUE),
            target.capture(),
            eq(question.id()),
            eq(List.of(asker)));
    assertThat(target.getValue().title()).doesNotContain(question.text());
  }
}
