package kz.kenes.moderation.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer of a {@link RateLimiter}: allowed, or refused with how long to wait, which becomes the
 * HTTP 429 response's {@code Retry-After} header (whole seconds, hence rounded up).
 */
public record Decision(boolean allowed, Duration retryAfter) {
  /** An allowed decision waits zero; a refused one waits a positive number of whole seconds. */
  public Decision {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (allowed && !retryAfter.isZero()) {
      throw new IllegalArgumentException("an allowed action has nothing to wait for");
    }
    if (!allowed && (retryAfter.isNegative() || retryAfter.isZero())) {
      throw new IllegalArgumentException("a refused action waits a positive time");
    }
  }
}
