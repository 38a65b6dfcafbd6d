package kz.kenes.forum.outbox;

import java.util.Objects;

/**
 * An outbox message claimed for sending: where to ({@code recipient}: an email address or an E.164
 * number), its subject (email only, else null) and text. Never logged.
 */
public record OutgoingMessage(
    long id, OutboxChannel channel, String recipient, String subject, String text) {
  public OutgoingMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return "OutgoingMessage[" + id + ", " + channel + "]";
  }
}
