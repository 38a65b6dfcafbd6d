package kz.kenes.forum.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant WRITTEN = Instant.parse("2026-12-05T06:00:00Z");
  private final RetryPolicy policy = RetryPolicy.DEFAULT;

  @Test
  void waitsThirtySecondsThenDoublesUpToAnHour() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(1920));
    assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(40)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void nextTryIsTheDelayAfterTheFailure() {
    Instant failedAt = WRITTEN.plusSeconds(95);
    assertThat(policy.next(3, WRITTEN, failedAt)).contains(failedAt.plusSeconds(120));
  }

  @Test
  void givesUpWhenTheNextTryWouldFallADayAfterTheMessageWasWritten() {
    Instant late = WRITTEN.plus(Duration.ofHours(23)).plusSeconds(1);
    assertThat(policy.next(20, WRITTEN, late)).isEmpty();
    Instant earlier = WRITTEN.plus(Duration.ofHours(22));
    assertThat(policy.next(20, WRITTEN, earlier)).contains(earlier.plus(Duration.ofHours(1)));
  }

  @Test
  void givesUpAfterTheMostTriesEvenWithinTheDay() {
    RetryPolicy fast =
        new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofDays(7));
    assertThat(fast.next(RetryPolicy.MAX_ATTEMPTS - 1, WRITTEN, WRITTEN)).isPresent();
    assertThat(fast.next(RetryPolicy.MAX_ATTEMPTS, WRITTEN, WRITTEN)).isEmpty();
  }

  @Test
  void aDayWithTheDefaultsHoldsAboutThirtyTries() {
    Instant now = WRITTEN;
    int tries = 1;
    while (true) {
      var next = policy.next(tries, WRITTEN, now);
      if (next.isEmpty()) {
        break;
      }
      now = next.get();
      tries++;
    }
    assertThat(tries).isBetween(28, 32);
    assertThat(Duration.between(WRITTEN, now))
        .isBetween(Duration.ofHours(22), Duration.ofHours(24));
  }

  @Test
  void refusesDelaysThatMakeNoSense() {
    assertThatThrownBy(
            () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
