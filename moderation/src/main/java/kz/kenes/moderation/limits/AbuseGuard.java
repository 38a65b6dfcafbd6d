package kz.kenes.moderation.limits;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kz.kenes.forum.platform.ActionGuard;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;

/**
 * The abuse limits of posting, flagging and escalating, per account and per network address, from
 * the environment ({@link AbuseLimits#parse}). Many residents of a village share one address behind
 * their operator's NAT, so an address gets {@code KENES_LIMIT_IP_FACTOR} (default 5) times an
 * account's allowance. Accounts in their first day ({@code KENES_NEW_ACCOUNT_AGE}) post under the
 * tighter new-account limit as well. Counts live in memory, per server.
 */
@ApplicationScoped
public class AbuseGuard implements ActionGuard {
  private final AbuseLimits limits;
  private final int ipFactor;
  private final RateLimiter limiter;
  private final Clock clock;
  private final Instance<HttpServletRequest> requests;

  /**
   * The transaction of the use case that is counted: an attempt whose transaction rolls back (it
   * ended in an error) gets its permits back. Outside a transaction a count is final.
   */
  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject
  public AbuseGuard(Clock clock, Instance<HttpServletRequest> requests) {
    this(
        AbuseLimits.parse(System::getenv),
        ipFactor(System.getenv("KENES_LIMIT_IP_FACTOR")),
        clock,
        requests);
  }

  AbuseGuard(AbuseLimits limits, int ipFactor, Clock clock, Instance<HttpServletRequest> requests) {
    this.limits = limits;
    this.ipFactor = ipFactor;
    this.clock = clock;
    this.limiter = new RateLimiter(clock);
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
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status != Status.STATUS_COMMITTED) {
                limiter.release(key, limit);
              }
            }
          });
    }
  }

  private String address() {
    try {
      return requests.isResolvable() ? requests.get().getRemoteAddr() : null;
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
