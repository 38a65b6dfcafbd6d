package kz.kenes.moderation.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  final MutableClock clock = new MutableClock(T0);
  final RateLimiter limiter = new RateLimiter(clock);

  @Test
  void allowsUpToThePermitsInTheWindowThenRefuses() {
    Limit limit = Limit.parse("3/1h");
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("post:member:1", limit))
          .isEqualTo(new Decision(true, Duration.ZERO));
      clock.advance(Duration.ofMinutes(10));
    }
    Decision refused = limiter.tryAcquire("post:member:1", limit);
    assertThat(refused.allowed()).isFalse();
    // the first action at T0 leaves the window at T0 + 1h; now is T0 + 30min
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void theWindowSlidesOneActionAtATime() {
    Limit limit = Limit.parse("2/10s");
    assertThat(limiter.tryAcquire("k", limit).allowed()).isTrue(); // T0
    clock.advance(Duration.ofSeconds(4));
    assertThat(limiter.tryAcquire("k", limit).allowed()).isTrue(); // T0 + 4s
    clock.advance(Duration.ofSeconds(5)); // T0 + 9s
    assertThat(limiter.tryAcquire("k", limit)).isEqualTo(new Decision(false, secs(1)));
    clock.advance(Duration.ofSeconds(1)); // T0 + 10s: the action of T0 has left
    assertThat(limiter.tryAcquire("k", limit).allowed()).isTrue();
    // counted now: T0 + 4s and T0 + 10s; the next frees at T0 + 14s
    assertThat(limiter.tryAcquire("k", limit)).isEqualTo(new Decision(false, secs(4)));
  }

  @Test
  void retryAfterIsRoundedUpToWholeSeconds() {
    Limit limit = Limit.parse("1/10s");
    limiter.tryAcquire("k", limit);
    clock.advance(Duration.ofMillis(9_100));
    assertThat(limiter.tryAcquire("k", limit).retryAfter()).isEqualTo(secs(1));
    clock.advance(Duration.ofMillis(899)); // 1 ms to go
    assertThat(limiter.tryAcquire("k", limit).retryAfter()).isEqualTo(secs(1));
    clock.set(T0.plusMillis(1_500));
    assertThat(limiter.tryAcquire("k", limit).retryAfter()).isEqualTo(secs(9));
    clock.set(T0.plusNanos(1));
    assertThat(limiter.tryAcquire("k", limit).retryAfter()).isEqualTo(secs(10));
  }

  @Test
  void refusedAttemptsAreNotCountedSoHammeringDoesNotProlongTheWait() {
    Limit limit = Limit.parse("1/1m");
    limiter.tryAcquire("k", limit);
    for (int i = 0; i < 100; i++) {
      clock.advance(Duration.ofMillis(500));
      assertThat(limiter.tryAcquire("k", limit).allowed()).isFalse();
    }
    clock.set(T0.plus(Duration.ofMinutes(1)));
    assertThat(limiter.tryAcquire("k", limit).allowed()).isTrue();
  }

  @Test
  void keysAndLimitsAreCountedSeparately() {
    Limit one = Limit.parse("1/1h");
    assertThat(limiter.tryAcquire("flag:member:1", one).allowed()).isTrue();
    assertThat(limiter.tryAcquire("flag:member:2", one).allowed()).isTrue();
    assertThat(limiter.tryAcquire("flag:member:1", one).allowed()).isFalse();
    assertThat(limiter.tryAcquire("flag:member:1", Limit.parse("2/1h")).allowed()).isTrue();
  }

  @Test
  void aClockSteppingBackNeverMakesTheWaitLongerThanTheWindow() {
    Limit limit = Limit.parse("1/1m");
    clock.advance(Duration.ofHours(1));
    limiter.tryAcquire("k", limit);
    clock.set(T0);
    Decision d = limiter.tryAcquire("k", limit);
    assertThat(d.allowed()).isFalse();
    assertThat(d.retryAfter()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void countersWhoseWindowsHaveEmptiedAreDroppedByThePeriodicSweep() {
    RateLimiter sweeping = new RateLimiter(clock, 4);
    Limit limit = Limit.parse("5/1m");
    sweeping.tryAcquire("a", limit);
    sweeping.tryAcquire("b", limit);
    sweeping.tryAcquire("c", limit);
    assertThat(sweeping.counters()).isEqualTo(3);
    clock.advance(Duration.ofMinutes(1));
    sweeping.tryAcquire("d", limit); // the 4th call sweeps
    assertThat(sweeping.counters()).as("only d's window holds an action").isEqualTo(1);
    // a swept key starts afresh with its full allowance
    for (int i = 0; i < 5; i++) {
      assertThat(sweeping.tryAcquire("a", limit).allowed()).isTrue();
    }
    assertThat(sweeping.tryAcquire("a", limit).allowed()).isFalse();
  }

  @Test
  void liveCountersSurviveTheSweep() {
    RateLimiter sweeping = new RateLimiter(clock, 1);
    Limit limit = Limit.parse("2/1h");
    sweeping.tryAcquire("a", limit);
    sweeping.tryAcquire("a", limit);
    clock.advance(Duration.ofMinutes(59));
    sweeping.tryAcquire("b", limit);
    assertThat(sweeping.counters()).isEqualTo(2);
    assertThat(sweeping.tryAcquire("a", limit).allowed()).isFalse();
  }

  @Test
  void memoryStaysBoundedUnderManyDistinctShortLivedKeys() {
    RateLimiter sweeping = new RateLimiter(clock, 100);
    Limit limit = Limit.parse("1/1s");
    for (int i = 0; i < 100_000; i++) {
      sweeping.tryAcquire("ip:" + i, limit);
      clock.advance(Duration.ofMillis(100));
    }
    // live: keys of the last second (10); not yet swept: at most 100 since the last sweep
    assertThat(sweeping.counters()).isLessThanOrEqualTo(10 + 100);
  }

  @Test
  void exactlyThePermitsSucceedWhenManyThreadsRaceForOneKey() throws Exception {
    for (int sweepEvery : new int[] {1, 7, RateLimiter.SWEEP_EVERY}) {
      RateLimiter shared = new RateLimiter(clock, sweepEvery);
      Limit limit = new Limit(137, Duration.ofHours(1));
      int threads = 12;
      int attemptsEach = 50;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    int allowed = 0;
                    for (int i = 0; i < attemptsEach; i++) {
                      if (shared.tryAcquire("escalate:member:7", limit).allowed()) {
                        allowed++;
                      }
                      // other keys too, so sweeps run while the shared key is contended
                      shared.tryAcquire("other:" + thread + ":" + i, limit);
                    }
                    return allowed;
                  }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : results) {
          total += f.get(30, TimeUnit.SECONDS);
        }
        assertThat(total).as("sweep every %d", sweepEvery).isEqualTo(137);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void missingArgumentsAreProgrammingErrors() {
    Limit limit = Limit.parse("1/1s");
    assertThatThrownBy(() -> limiter.tryAcquire(null, limit))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> limiter.tryAcquire("k", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RateLimiter(null)).isInstanceOf(NullPointerException.class);
  }

  private static Duration secs(long s) {
    return Duration.ofSeconds(s);
  }
}
