package kz.kenes.moderation.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;

/**
 * The flood guard of expensive reads (search, similar threads) by visitors who are not signed in:
 * at most {@code KENES_LIMIT_ANONYMOUS} (default 60/1m) requests per address ({@link
 * ClientAddress}). Deliberately node-local and in memory ({@link RateLimiter}): it is a load shed
 * that protects this node on the hot path of search, not a quota, so it costs no database round
 * trip and a restart may forget it; N nodes allow up to N times the limit in total.
 */
@ApplicationScoped
public class FloodGuard {
  public static final String ENV = "KENES_LIMIT_ANONYMOUS";

  private final Limit limit;
  private final RateLimiter limiter;

  @Inject
  public FloodGuard(Clock clock) {
    this(limit(Settings.value(Setting.KENES_LIMIT_ANONYMOUS)), clock);
  }

  FloodGuard(Limit limit, Clock clock) {
    this.limit = limit;
    this.limiter = clock == null ? null : new RateLimiter(clock);
  }

  /** For CDI's proxy. */
  protected FloodGuard() {
    this(null, null);
  }

  /** Counts one anonymous request from {@code address}, or throws TooManyRequests. */
  public void check(String address) {
    Decision decision = limiter.tryAcquire("read:ip:" + address, limit);
    if (!decision.allowed()) {
      throw new DomainException.TooManyRequests(decision.retryAfter().toSeconds());
    }
  }

  static Limit limit(String value) {
    try {
      return Limit.parse(value == null || value.isBlank() ? "60/1m" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ENV + ": " + e.getMessage(), e);
    }
  }
}
