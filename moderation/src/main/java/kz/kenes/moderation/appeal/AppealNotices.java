package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import kz.kenes.forum.notification.MemberNotice;
import kz.kenes.forum.notification.NotificationKind;

/**
 * Tells the applicant of every step of their appeal, inside the step's transaction: in the app (and
 * by email) when the appeal came from a thread.
 */
@ApplicationScoped
public class AppealNotices {
  @Inject Event<MemberNotice> notices;

  void tell(Appeal appeal) {
    if (appeal.thread() == null || appeal.applicant() == null) {
      return;
    }
    long thread = appeal.thread().id();
    String to = appeal.applicant().username();
    notices.fire(new MemberNotice(NotificationKind.APPEAL_UPDATE, thread, appeal.id(), to));
  }
}
