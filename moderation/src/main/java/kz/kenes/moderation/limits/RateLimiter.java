package kz.kenes.moderation.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-key abuse limits (posting, flagging, escalating; per member and per IP) kept in memory: a
 * sliding window, so a burst at the edge of a fixed window cannot double the allowance. One
 * instance per server; thread-safe. In a cluster each node counts on its own, which is acceptable
 * for abuse limits (a node's share still stops a flood) but not for quotas.
 *
 * <p>A key is counted separately for each {@link Limit}: the same key under two limits is two
 * counters. Refused attempts are not counted, so hammering does not prolong the wait.
 *
 * <p><b>Memory bound.</b> A counter holds at most {@code permits} instants. A counter whose window
 * has emptied is dropped by a sweep that runs every {@value #SWEEP_EVERY} calls, so at any time the
 * limiter holds at most (counters with an action inside their window) + {@value #SWEEP_EVERY}
 * counters. The first term grows with the number of distinct keys active within the longest window,
 * which is the inherent cost of remembering them.
 *
 * <p>If the clock steps back, instants are kept in order (an action is recorded no earlier than the
 * previous one) and a wait never exceeds the limit's window.
 */
public final class RateLimiter {
  /** How many calls pass between two sweeps of emptied counters. */
  public static final int SWEEP_EVERY = 1024;

  private static final Decision ALLOWED = new Decision(true, Duration.ZERO);

  private final Clock clock;
  private final int sweepEvery;
  private final ConcurrentHashMap<Counter, Window> windows = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();
  private final ReentrantLock sweeping = new ReentrantLock();

  public RateLimiter(Clock clock) {
    this(clock, SWEEP_EVERY);
  }

  /** For tests: sweep more often. */
  RateLimiter(Clock clock, int sweepEvery) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (sweepEvery < 1) {
      throw new IllegalArgumentException("sweepEvery must be positive");
    }
    this.sweepEvery = sweepEvery;
  }

  /**
   * Counts one action for {@code key} if {@code limit} still allows it.
   *
   * @param key who or what is limited, e.g. {@code "flag:member:42"} or {@code "post:ip:…"}; it is
   *     held in memory, so callers should not put personal data other than what they limit by
   * @return allowed (and counted), or refused with the time until the oldest counted action leaves
   *     the window, rounded up to whole seconds
   */
  public Decision tryAcquire(String key, Limit limit) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(limit, "limit");
    Instant now = clock.instant();
    Decision[] decision = new Decision[1];
    windows.compute(
        new Counter(key, limit),
        (counter, existing) -> {
          Window w = existing != null ? existing : new Window();
          w.evict(now, limit.window());
          decision[0] = w.tryAdd(now, limit);
          return w.isEmpty() ? null : w;
        });
    if (calls.incrementAndGet() % sweepEvery == 0) {
      sweep(now);
    }
    return decision[0];
  }

  /**
   * Gives back one action counted for {@code key} under {@code limit} (the newest), for an attempt
   * that failed after it was counted: a failed attempt does not use up the allowance.
   */
  public void release(String key, Limit limit) {
    windows.computeIfPresent(
        new Counter(key, limit),
        (counter, w) -> {
          w.removeNewest();
          return w.isEmpty() ? null : w;
        });
  }

  /** Drops the counters whose windows have emptied; one sweep at a time, others skip. */
  private void sweep(Instant now) {
    if (!sweeping.tryLock()) {
      return;
    }
    try {
      for (Counter counter : windows.keySet()) {
        windows.computeIfPresent(
            counter,
            (c, w) -> {
              w.evict(now, c.limit().window());
              return w.isEmpty() ? null : w;
            });
      }
    } finally {
      sweeping.unlock();
    }
  }

  /** How many counters are held: for tests of the memory bound. */
  int counters() {
    return windows.size();
  }

  private record Counter(String key, Limit limit) {}

  /** The instants of counted actions, oldest first; guarded by the map's per-key locking. */
  private static final class Window {
    private final ArrayDeque<Instant> events = new ArrayDeque<>();

    void evict(Instant now, Duration window) {
      Instant horizon = now.minus(window);
      while (!events.isEmpty() && !events.peekFirst().isAfter(horizon)) {
        events.pollFirst();
      }
    }

    Decision tryAdd(Instant now, Limit limit) {
      if (events.size() < limit.permits()) {
        Instant last = events.peekLast();
        events.addLast(last != null && last.isAfter(now) ? last : now);
        return ALLOWED;
      }
      Duration wait = Duration.between(now, events.peekFirst().plus(limit.window()));
      if (wait.compareTo(limit.window()) > 0) {
        wait = limit.window();
      }
      return new Decision(false, roundUpToSeconds(wait));
    }

    void removeNewest() {
      events.pollLast();
    }

    boolean isEmpty() {
      return events.isEmpty();
    }
  }

  private static Duration roundUpToSeconds(Duration d) {
    long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }
}
