package kz.kenes.forum.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a message that could not be sent is tried again: {@code first} after the first failure,
 * doubling with each further failure up to {@code longest} between tries; once {@code giveUpAfter}
 * has passed since the message was written, or after {@value #MAX_ATTEMPTS} tries, it is FAILED.
 * With the defaults (30 s, 1 h, 24 h) a message is tried about 30 times over a day.
 */
public record RetryPolicy(Duration first, Duration longest, Duration giveUpAfter) {
  public static final int MAX_ATTEMPTS = 60;
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));

  public RetryPolicy {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(longest, "longest");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("retry delays must be positive, the longest not shorter");
    }
  }

  /** The wait after the {@code attempts}-th failed try (1 for the first). */
  public Duration delayAfter(int attempts) {
    Duration delay = first;
    for (int i = 1; i < attempts && delay.compareTo(longest) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(longest) > 0 ? longest : delay;
  }

  /**
   * When to try again after the {@code attempts}-th failed try of a message written at {@code
   * written}, failing at {@code now}; empty when it is to be given up.
   */
  public Optional<Instant> next(int attempts, Instant written, Instant now) {
    if (attempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    Instant next = now.plus(delayAfter(attempts));
    if (!next.isBefore(written.plus(giveUpAfter))) {
      return Optional.empty();
    }
    return Optional.of(next);
  }
}
