package kz.kenes.forum.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import org.jboss.logging.Logger;

/**
 * Email through WildFly's mail subsystem ({@code java:jboss/mail/Default}, whose SMTP server is
 * {@code KENES_SMTP_HOST}/{@code KENES_SMTP_PORT}): the notifications that concern one member
 * personally — steps of their appeal, moderation decisions on their post — go to the verified
 * address their account has. Off unless {@code KENES_MAIL_ENABLED=true}.
 *
 * <p>A message names what happened and links to the page; it never carries the appeal's text or
 * personal data. Messages are built on the request's thread and sent by the managed executor, so a
 * slow mail server never holds up the request; a failed send is logged without the address.
 */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {
  public static final String NAME = "email";
  static final Set<NotificationKind> EMAILED =
      EnumSet.of(NotificationKind.APPEAL_UPDATE, NotificationKind.POST_MODERATED);

  private static final Logger LOG = Logger.getLogger(EmailChannel.class);

  @Resource(lookup = "java:jboss/mail/Default")
  Session mail;

  @Resource ManagedExecutorService executor;

  @Inject PageLinks links;

  private final boolean enabled = Settings.flag(Setting.KENES_MAIL_ENABLED);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void deliver(List<Notification> batch) {
    if (!enabled) {
      return;
    }
    List<MimeMessage> messages = new ArrayList<>();
    for (Notification notification : batch) {
      if (!EMAILED.contains(notification.kind())) {
        continue;
      }
      notification
          .recipient()
          .email()
          .ifPresent(address -> messages.add(message(notification, address)));
    }
    if (!messages.isEmpty()) {
      executor.submit(() -> send(messages));
    }
  }

  private MimeMessage message(Notification notification, String address) {
    Messages kk = Messages.of(Language.KK);
    Messages ru = Messages.of(Language.RU);
    String kind = "enum.NotificationKind." + notification.kind().name();
    String link = link(notification);
    String title = notification.thread().title();
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      message.setSubject("Kenes: " + kk.get(kind) + " / " + ru.get(kind), "UTF-8");
      message.setText(
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
              + "\n",
          StandardCharsets.UTF_8.name());
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("KENES-0611 email not built", e);
    }
  }

  private String link(Notification notification) {
    return notification.kind() == NotificationKind.APPEAL_UPDATE
            && notification.subjectId().isPresent()
        ? links.appeal(notification.subjectId().get())
        : links.thread(notification.thread().id());
  }

  private static void send(List<MimeMessage> messages) {
    for (MimeMessage message : messages) {
      try {
        Transport.send(message);
      } catch (MessagingException | RuntimeException failure) {
        LOG.errorf("KENES-0612 email not sent: %s", failure.getClass().getName());
      }
    }
  }
}
