package kz.kenes.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.OutboxSettings;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.PageLinks;

/**
 * SMS notifications besides the site: an official answered a thread the member follows, for members
 * who opted in and have a verified phone ({@link kz.kenes.forum.member.Member#wantsAnswerSms()}).
 * The text says what happened and links to the thread; no name, title or text. Steps of appeals are
 * not sent here: moderation writes them to the outbox itself, to the appeal's phone, in the step's
 * own transaction.
 *
 * <p>Written to the {@link Outbox} in the answer's own transaction, as {@link Urgency#DAYTIME}: an
 * answer given at night reaches the phone at 08:00.
 */
@ApplicationScoped
public class SmsChannel implements NotificationChannel {
  public static final String NAME = "sms";
  private static final Pattern KAZAKH_MOBILE = Pattern.compile("\\+7\\d{10}");

  @Inject Outbox outbox;
  @Inject OutboxSettings settings;

  @Inject PageLinks links;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void deliver(List<Notification> batch) {
    if (!settings.sms()) {
      return;
    }
    for (Notification notification : batch) {
      if (notification.kind() != NotificationKind.OFFICIAL_ANSWER
          || !notification.recipient().wantsAnswerSms()) {
        continue;
      }
      String phone = notification.recipient().phone().orElseThrow();
      if (!KAZAKH_MOBILE.matcher(phone).matches()) {
        continue; // the outbox would refuse it, and with it the action
      }
      outbox.sms(phone, text(links.thread(notification.thread().id())), Urgency.DAYTIME);
    }
  }

  /** The SMS telling of an official answer on the thread at {@code link}, in Kazakh and Russian. */
  static String text(String link) {
    return Messages.of(Language.KK).get("sms.official-answer", link);
  }
}
