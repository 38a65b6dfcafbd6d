package kz.kenes.forum.outbox;

import java.time.Instant;

/**
 * An outbox message as admins see it: the recipient masked ({@code +7701***4567}, {@code
 * r***@example.kz}), an email's subject, an SMS text only when it is a notification ({@link
 * Urgency#DAYTIME}; sign-in codes and intake receipts go {@link Urgency#NOW} and are not shown),
 * where it stands and why it last failed (the failure's type).
 */
public record OutboxEntry(
    long id,
    OutboxChannel channel,
    String recipient,
    String subject,
    String text,
    Urgency urgency,
    OutboxStatus status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String centreMessageId,
    String receiptStatus,
    Instant receiptAt,
    String lastFailure) {

  /**
   * {@code +77011234567} → {@code +7701***4567}; {@code resident@kenes.kz} → {@code r***@kenes.kz}.
   */
  public static String mask(OutboxChannel channel, String recipient) {
    if (recipient == null) {
      return null;
    }
    if (channel == OutboxChannel.SMS) {
      return recipient.length() < 10
          ? "***"
          : recipient.substring(0, 5) + "***" + recipient.substring(recipient.length() - 4);
    }
    int at = recipient.lastIndexOf('@');
    return at < 1 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
  }
}
