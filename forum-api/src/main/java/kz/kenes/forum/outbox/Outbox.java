package kz.kenes.forum.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where every email and SMS starts: a row of {@code outbox_message} written in the caller's
 * transaction (both methods are {@code MANDATORY}), so that the message exists if and only if the
 * change it reports commits. {@link OutboxSender} sends it after the commit and retries it until
 * the mail server or SMS centre accepts it. Nothing is written for a channel that is switched off
 * ({@code KENES_MAIL_ENABLED}, {@code KENES_SMS_TRANSPORT}).
 *
 * <p>Texts hold no IIN, name or appeal text: what happened, a number, a date and a link.
 */
@ApplicationScoped
public class Outbox {
  private static final Pattern E164 = Pattern.compile("\\+7\\d{10}");
  static final int MAX_TEXT = 4000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject OutboxSettings settings;
  @Inject Event<OutboxWritten> written;

  /**
   * An SMS to a Kazakh mobile number in E.164 ({@code +77011234567}). {@link Urgency#DAYTIME}
   * messages written during the quiet hours wait until morning.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sms(String e164, String text, Urgency urgency) {
    Objects.requireNonNull(urgency, "urgency");
    if (e164 == null || !E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not an E.164 Kazakh number");
    }
    requireText(text);
    if (!settings.sms()) {
      return;
    }
    Instant now = clock.instant();
    Instant first = urgency == Urgency.DAYTIME ? settings.quiet().earliest(now) : now;
    write(OutboxChannel.SMS, e164, null, text, urgency, now, first);
  }

  /** An email, sent as soon as the transaction commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void email(String address, String subject, String text) {
    if (address == null || address.isBlank() || address.length() > 254) {
      throw new IllegalArgumentException("no email address");
    }
    Objects.requireNonNull(subject, "subject");
    requireText(text);
    if (!settings.mail()) {
      return;
    }
    Instant now = clock.instant();
    String line = subject.length() > 300 ? subject.substring(0, 300) : subject;
    write(OutboxChannel.EMAIL, address, line, text, Urgency.NOW, now, now);
  }

  private void write(
      OutboxChannel channel,
      String recipient,
      String subject,
      String text,
      Urgency urgency,
      Instant now,
      Instant first) {
    em.createNativeQuery(OutboxStore.INSERT)
        .setParameter(1, channel.name())
        .setParameter(2, recipient)
        .setParameter(3, subject)
        .setParameter(4, text)
        .setParameter(5, urgency.name())
        .setParameter(6, now.toEpochMilli())
        .setParameter(7, now.toEpochMilli())
        .setParameter(8, first.toEpochMilli())
        .executeUpdate();
    written.fire(new OutboxWritten(channel));
  }

  private static void requireText(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("an outbox text must have 1 to 4000 characters");
    }
  }
}
