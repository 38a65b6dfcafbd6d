package kz.kenes.moderation.appeal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.notification.MemberNotice;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.PageLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppealNoticesTest {
  static final String PHONE = "+77051234567";
  static final Instant AT = Instant.parse("2026-12-07T05:00:00Z");

  AppealNotices notices;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void notices() {
    notices = new AppealNotices();
    notices.notices = mock(Event.class);
    notices.appeals = mock(AppealRepository.class);
    notices.outbox = mock(Outbox.class);
    notices.links = mock(PageLinks.class);
    when(notices.links.shortAppeal(anyLong())).thenReturn("https://kenes.example/a/7");
  }

  static Appeal registered(Member applicant) {
    Appeal appeal = AppealChannelTest.taken(AppealChannel.ORAL, applicant);
    try {
      var id = Appeal.class.getDeclaredField("id"); // as the database gives it
      id.setAccessible(true);
      id.set(appeal, 7L);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    appeal.register(
        2026, 1, "AKTOGAY-2026-000001", AT, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 28));
    appeal.move(AppealStatus.REGISTERED, "operator", null, AT);
    return appeal;
  }

  @Test
  void theReceiptOfAnUnclaimedIntakeGoesAtOnceToItsPhone() {
    Appeal appeal = registered(null);
    AppealApplicant data =
        new ApplicantForm("Бақыт Ахметов", Iin.parse("900101300126"), "Ақтоғай", PHONE).of(1);
    when(notices.appeals.applicant(anyLong())).thenReturn(Optional.of(data));
    notices.tell(appeal);
    verify(notices.outbox)
        .sms(
            eq(PHONE),
            argThat(
                t ->
                    t.contains("AKTOGAY-2026-000001")
                        && t.contains("28.12.2026")
                        && !t.contains("Ахметов")),
            eq(Urgency.NOW));
    verifyNoInteractions(notices.notices);
  }

  @Test
  void laterStepsGoInTheDaytime() {
    Member member = new Member("resident", "Айгерім", AT);
    member.phoneNumber(PHONE);
    Appeal appeal = registered(member);
    appeal.move(AppealStatus.OVERDUE, "system", null, AT);
    notices.tell(appeal);
    verify(notices.outbox).sms(eq(PHONE), any(), eq(Urgency.DAYTIME));
  }

  @Test
  void aMemberWhoTurnedSmsOffOrHasNoVerifiedPhoneGetsNone() {
    notices.tell(registered(new Member("resident", "Айгерім", AT)));
    verifyNoInteractions(notices.outbox);
  }

  @Test
  void stepsNotToldBySmsSendNothing() {
    Member member = new Member("resident", "Айгерім", AT);
    member.phoneNumber(PHONE);
    Appeal appeal = registered(member);
    appeal.move(AppealStatus.ASSIGNED, "official", null, AT);
    notices.tell(appeal);
    verifyNoInteractions(notices.outbox);
  }

  @Test
  void anAppealFromAThreadIsAlsoToldInTheApp() {
    // an intake appeal has no thread: no in-app notice, whatever its applicant
    notices.tell(registered(new Member("resident", "Айгерім", AT)));
    verify(notices.notices, org.mockito.Mockito.never()).fire(any(MemberNotice.class));
  }
}
