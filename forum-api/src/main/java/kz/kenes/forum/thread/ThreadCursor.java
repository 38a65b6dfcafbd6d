package kz.kenes.forum.thread;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in a list of threads ordered by last activity, newest first: the last activity time
 * (microseconds) and the id of the last thread seen. Opaque to clients.
 */
public record ThreadCursor(Instant lastActivityAt, long id) {

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, lastActivityAt);
    String plain = micros + "_" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /** The cursor, or empty when the text is not one of ours. */
  public static Optional<ThreadCursor> decode(String text) {
    if (text == null || text.isBlank() || text.length() > 64) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      int sep = plain.indexOf('_');
      if (sep < 1) {
        return Optional.empty();
      }
      long micros = Long.parseLong(plain.substring(0, sep));
      long id = Long.parseLong(plain.substring(sep + 1));
      return Optional.of(new ThreadCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
