package kz.kenes.moderation.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kz.kenes.forum.platform.ActionGuard;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;

/**
 * The abuse limits of posting, flagging and escalating, per account and per network address, from
 * the environment ({@link AbuseLimits#parse}). Many residents of a village share one address behind
 * their operator's NAT, so an address gets {@code KENES_LIMIT_IP_FACTOR} (default 5) times an
 * account's allowance. Accounts in their first day ({@code KENES_NEW_ACCOUNT_AGE}) post under the
 * tighter new-account limit as well. Counts live in the database ({@link DatabaseLimits}), in the
 * use case's transaction: they survive restarts, all nodes count together, and an attempt that is
 * refused or whose use case fails is not counted. The address is kept only as part of a hashed key.
 */
@ApplicationScoped
public class AbuseGuard implements ActionGuard {
  private final AbuseLimits limits;
  private final int ipFactor;
  private final LimitStore limiter;
  private final Clock clock;
  private final Instance<HttpServletRequest> requests;

  @Inject
  public AbuseGuard(Clock clock, Instance<HttpServletRequest> requests, DatabaseLimits store) {
    this(
        AbuseLimits.parse(Settings::byName),
        ipFactor(Settings.value(Setting.KENES_LIMIT_IP_FACTOR)),
        clock,
        requests,
        store);
  }

  AbuseGuard(
      AbuseLimits limits,
      int ipFactor,
      Clock clock,
      Instance<HttpServletRequest> requests,
      LimitStore store) {
    this.limits = limits;
    this.ipFactor = ipFactor;
    this.clock = clock;
    this.limiter = store;
    this.requests = requests;
  }

  /** For CDI's proxy. */
  protected AbuseGuard() {
    this.limits = null;
    this.ipFactor = 1;
    this.clock = null;
    this.limiter = null;
    this.requests = null;
  }

  @Override
  public void check(Actor actor, Action action, Instant memberSince) {
    Limit limit =
        switch (action) {
          case POST -> limits.post();
          case FLAG -> limits.flag();
          case ESCALATE -> limits.escalate();
        };
    String kind = action.name().toLowerCase(java.util.Locale.ROOT);
    acquire(kind + ":user:" + actor.username(), limit);
    if (action == Action.POST
        && memberSince != null
        && Duration.between(memberSince, Instant.now(clock)).compareTo(limits.newAccountAge())
            < 0) {
      acquire("post-new:user:" + actor.username(), limits.newAccountPost());
    }
    String address = address();
    if (address != null) {
      acquire(kind + ":ip:" + address, new Limit(limit.permits() * ipFactor, limit.window()));
    }
  }

  private void acquire(String key, Limit limit) {
    Decision decision = limiter.tryAcquire(key, limit);
    if (!decision.allowed()) {
      throw new DomainException.TooManyRequests(decision.retryAfter().toSeconds());
    }
  }

  private String address() {
    try {
      return requests.isResolvable() ? ClientAddress.of(requests.get()) : null;
    } catch (ContextNotActiveException | IllegalStateException outsideRequest) {
      return null;
    }
  }

  static int ipFactor(String value) {
    if (value == null || value.isBlank()) {
      return 5;
    }
    try {
      int factor = Integer.parseInt(value.strip());
      if (factor >= 1) {
        return factor;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "KENES_LIMIT_IP_FACTOR must be a whole number of at least 1");
  }
}
