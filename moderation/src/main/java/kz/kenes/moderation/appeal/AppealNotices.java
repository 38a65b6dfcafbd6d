package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.notification.MemberNotice;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.PageLinks;

/**
 * Tells the applicant of every step of their appeal, inside the step's transaction: in the app (and
 * by email) when the appeal came from a thread, and by SMS (through the outbox) to the applicant
 * member's verified phone when they want SMS, or to the phone an appeal was taken for while nobody
 * has claimed it. The receipt of an intake goes at once; other steps in the daytime.
 */
@ApplicationScoped
public class AppealNotices {
  @Inject Event<MemberNotice> notices;
  @Inject AppealRepository appeals;
  @Inject Outbox outbox;
  @Inject PageLinks links;

  void tell(Appeal appeal) {
    inApp(appeal);
    if (AppealSms.told(appeal.status())) {
      phone(appeal)
          .ifPresent(
              to ->
                  AppealSms.text(appeal, Language.DEFAULT, link(appeal))
                      .ifPresent(text -> outbox.sms(to, text, urgency(appeal))));
    }
  }

  private void inApp(Appeal appeal) {
    if (appeal.thread() == null || appeal.applicant() == null) {
      return;
    }
    long thread = appeal.thread().id();
    String to = appeal.applicant().username();
    notices.fire(new MemberNotice(NotificationKind.APPEAL_UPDATE, thread, appeal.id(), to));
  }

  /** The applicant member's verified phone if they want SMS; else the intake's phone, unclaimed. */
  private Optional<String> phone(Appeal appeal) {
    Member member = appeal.applicant();
    if (member != null) {
      return member.wantsSms() ? member.phone() : Optional.empty();
    }
    return appeals.applicant(appeal.id()).flatMap(AppealApplicant::phone);
  }

  /** The receipt of an appeal just taken at intake, while the resident is there: at once. */
  private static Urgency urgency(Appeal appeal) {
    boolean receipt =
        appeal.status() == AppealStatus.REGISTERED
            && appeal.channel().intake()
            && appeal.redirectedFrom().isEmpty()
            && appeal.complaintOf().isEmpty();
    return receipt ? Urgency.NOW : Urgency.DAYTIME;
  }

  private String link(Appeal appeal) {
    return links.shortAppeal(appeal.id());
  }
}
