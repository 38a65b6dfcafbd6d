package kz.kenes.moderation.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import kz.kenes.forum.platform.DomainException;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

  @Test
  void refusesAnAddressOverItsLimitWithTheWaitAndCountsAddressesApart() {
    FloodGuard guard = new FloodGuard(Limit.parse("2/1m"), clock);
    guard.check("203.0.113.7");
    clock.advance(Duration.ofSeconds(20));
    guard.check("203.0.113.7");
    assertThatThrownBy(() -> guard.check("203.0.113.7"))
        .isInstanceOfSatisfying(
            DomainException.TooManyRequests.class,
            e -> assertThat(e.retryAfterSeconds()).isEqualTo(40));
    guard.check("198.51.100.1");
    clock.advance(Duration.ofSeconds(40));
    guard.check("203.0.113.7");
  }

  @Test
  void theLimitComesFromTheEnvironmentWithADefault() {
    assertThat(FloodGuard.limit(null)).isEqualTo(Limit.parse("60/1m"));
    assertThat(FloodGuard.limit(" 10/1s ")).isEqualTo(Limit.parse("10/1s"));
    assertThatThrownBy(() -> FloodGuard.limit("lots"))
        .hasMessageStartingWith("KENES_LIMIT_ANONYMOUS: ");
  }
}
