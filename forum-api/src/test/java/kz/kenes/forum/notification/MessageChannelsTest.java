package kz.kenes.forum.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.Member.ChannelChoices;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.OutboxSettings;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.thread.Thread;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which notifications the email and SMS channels write to the outbox, by the members' choices. */
class MessageChannelsTest {
  private final Outbox outbox = mock(Outbox.class);
  private final OutboxSettings settings = mock(OutboxSettings.class);
  private final PageLinks links = mock(PageLinks.class);
  private final Thread thread = mock(Thread.class);
  private final SmsChannel sms = new SmsChannel();
  private final EmailChannel email = new EmailChannel();

  @BeforeEach
  void wire() {
    when(settings.sms()).thenReturn(true);
    when(settings.mail()).thenReturn(true);
    when(thread.id()).thenReturn(42L);
    when(thread.title()).thenReturn("Су");
    when(links.thread(42L)).thenReturn("https://kenes.kz/threads/42");
    when(links.appeal(7L)).thenReturn("https://kenes.kz/appeals/7");
    sms.outbox = outbox;
    sms.settings = settings;
    sms.links = links;
    email.outbox = outbox;
    email.settings = settings;
    email.links = links;
  }

  private static Member member(String phone, String address, ChannelChoices choices) {
    Member member = new Member("m" + System.nanoTime(), "Айгерім", Instant.EPOCH);
    member.phoneNumber(phone);
    member.emailAddress(address);
    member.choose(choices);
    return member;
  }

  private Notification note(Member to, NotificationKind kind, Long subject) {
    return new Notification(to, kind, thread, subject, Instant.EPOCH);
  }

  @Test
  void anOfficialAnswerIsTextedOnlyToMembersWhoOptedInAndHaveAVerifiedPhone() {
    Member optedIn = member("+77010000001", null, new ChannelChoices(true, true, true));
    Member notOptedIn = member("+77010000002", null, ChannelSettings.DEFAULTS);
    Member noPhone = member(null, null, new ChannelChoices(true, true, true));

    sms.deliver(
        List.of(
            note(optedIn, NotificationKind.OFFICIAL_ANSWER, 5L),
            note(notOptedIn, NotificationKind.OFFICIAL_ANSWER, 5L),
            note(noPhone, NotificationKind.OFFICIAL_ANSWER, 5L),
            note(optedIn, NotificationKind.REPLY, 9L),
            note(optedIn, NotificationKind.APPEAL_UPDATE, 7L)));

    verify(outbox)
        .sms(
            eq("+77010000001"),
            eq("Kenes: ресми жауап / официальный ответ: https://kenes.kz/threads/42"),
            eq(Urgency.DAYTIME));
    verify(outbox, never()).sms(eq("+77010000002"), anyString(), any());
  }

  @Test
  void noSmsIsWrittenWhileSmsIsOff() {
    when(settings.sms()).thenReturn(false);
    sms.deliver(
        List.of(
            note(
                member("+77010000001", null, new ChannelChoices(true, true, true)),
                NotificationKind.OFFICIAL_ANSWER,
                5L)));
    verify(outbox, never()).sms(anyString(), anyString(), any());
  }

  @Test
  void emailGoesToMembersWithAnAddressWhoDidNotSwitchItOff() {
    Member wants = member(null, "a@kenes.example", ChannelSettings.DEFAULTS);
    Member off = member(null, "b@kenes.example", new ChannelChoices(false, true, false));
    Member noAddress = member(null, null, ChannelSettings.DEFAULTS);

    email.deliver(
        List.of(
            note(wants, NotificationKind.APPEAL_UPDATE, 7L),
            note(off, NotificationKind.APPEAL_UPDATE, 7L),
            note(noAddress, NotificationKind.APPEAL_UPDATE, 7L),
            note(wants, NotificationKind.REPLY, 9L)));

    verify(outbox)
        .email(
            eq("a@kenes.example"),
            anyString(),
            org.mockito.ArgumentMatchers.contains("https://kenes.kz/appeals/7"));
    verify(outbox, never()).email(eq("b@kenes.example"), anyString(), anyString());
    verify(outbox, never())
        .email(
            anyString(),
            anyString(),
            org.mockito.ArgumentMatchers.contains("https://kenes.kz/threads/42"));
  }
}
