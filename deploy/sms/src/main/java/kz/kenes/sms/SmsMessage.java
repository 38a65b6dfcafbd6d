package kz.kenes.sms;

import java.util.Objects;

/**
 * One text to one Kazakh mobile number.
 *
 * @param to the number in E.164 ({@code +77XXXXXXXXX}), as {@link PhoneNumbers#kazakhMobile}
 *     returns it
 * @param text what the resident reads; split into segments by {@link Segments}
 */
public record SmsMessage(String to, String text) {

  public SmsMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    if (!to.matches("\\+[1-9][0-9]{7,14}")) {
      throw new IllegalArgumentException("to must be an E.164 number");
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text must not be empty");
    }
  }

  /** The number masked as in the logs; the text is never part of {@code toString()}. */
  @Override
  public String toString() {
    return "SmsMessage[to=" + PhoneNumbers.mask(to) + ", " + text.length() + " chars]";
  }
}
