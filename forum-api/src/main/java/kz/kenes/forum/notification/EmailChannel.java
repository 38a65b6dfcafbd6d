package kz.kenes.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.OutboxSettings;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.PageLinks;

/**
 * Email notifications: the notifications that concern one member personally — steps of their
 * appeal, moderation decisions on their post, the ballot they cast — go to the verified address
 * their account has, if they have not switched email off ({@link
 * kz.kenes.forum.member.Member#wantsEmail()}). Off unless {@code KENES_MAIL_ENABLED=true}.
 *
 * <p>A message names what happened and links to the page; it never carries the appeal's text or
 * personal data. It is written to the {@link Outbox} in the transaction of the action it tells of,
 * and the outbox sends it through WildFly's mail session after commit, retrying while the mail
 * server is down.
 */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {
  public static final String NAME = "email";
  static final Set<NotificationKind> EMAILED =
      EnumSet.of(
          NotificationKind.APPEAL_UPDATE,
          NotificationKind.POST_MODERATED,
          NotificationKind.BALLOT_RECORDED);

  @Inject Outbox outbox;
  @Inject OutboxSettings settings;
  @Inject PageLinks links;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void deliver(List<Notification> batch) {
    if (!settings.mail()) {
      return;
    }
    for (Notification notification : batch) {
      if (!EMAILED.contains(notification.kind()) || !notification.recipient().wantsEmail()) {
        continue;
      }
      notification
          .recipient()
          .email()
          .filter(EmailChannel::deliverable)
          .ifPresent(address -> write(notification, address));
    }
  }

  /** An address the outbox takes: refusing it there would roll the action back. */
  static boolean deliverable(String address) {
    return !address.isBlank() && address.length() <= 254;
  }

  private void write(Notification notification, String address) {
    Messages kk = Messages.of(Language.KK);
    Messages ru = Messages.of(Language.RU);
    String kind = "enum.NotificationKind." + notification.kind().name();
    String link = link(notification);
    String title = notification.title();
    outbox.email(
        address,
        "Kenes: " + kk.get(kind) + " / " + ru.get(kind),
        kk.get(kind)
            + "\n«"
            + title
            + "»\n"
            + kk.get("email.open", link)
            + "\n\n"
            + ru.get(kind)
            + "\n«"
            + title
            + "»\n"
            + ru.get("email.open", link)
            + "\n");
  }

  private String link(Notification notification) {
    if (notification.link().isPresent()) {
      return notification.link().get();
    }
    return notification.kind() == NotificationKind.APPEAL_UPDATE
            && notification.subjectId().isPresent()
        ? links.appeal(notification.subjectId().get())
        : links.thread(notification.thread().id());
  }
}
