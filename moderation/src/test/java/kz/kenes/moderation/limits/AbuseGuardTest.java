package kz.kenes.moderation.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Instance;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import kz.kenes.forum.platform.ActionGuard.Action;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard's rules over an in-memory store (the database store and rolled-back attempts are
 * covered by AbuseCountersIT and ReplyLimitIT): an account's allowance, the address's larger one,
 * the new-account limit, and the wait told to a refused member.
 */
class AbuseGuardTest {
  static final Actor RESIDENT = new Actor("resident", "Resident", Set.of(Role.RESIDENT));
  static final Actor NEIGHBOUR = new Actor("resident2", "Neighbour", Set.of(Role.RESIDENT));
  static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  Instance<HttpServletRequest> requests;
  HttpServletRequest request;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void requests() {
    requests = mock(Instance.class);
    request = mock(HttpServletRequest.class);
    when(requests.isResolvable()).thenReturn(true);
    when(requests.get()).thenReturn(request);
    when(request.getRemoteAddr()).thenReturn("192.0.2.7");
    when(request.getHeaders("X-Forwarded-For")).thenAnswer(call -> Collections.emptyEnumeration());
  }

  AbuseGuard guard(String post, String newAccountPost, int ipFactor) {
    AbuseLimits limits =
        AbuseLimits.parse(
            name ->
                name.equals(AbuseLimits.ENV_POST)
                    ? post
                    : name.equals(AbuseLimits.ENV_NEW_ACCOUNT_POST) ? newAccountPost : null);
    return new AbuseGuard(limits, ipFactor, clock, requests, new RateLimiter(clock));
  }

  @Test
  void anAccountGetsItsAllowanceThenWaitsUntilTheOldestLeavesTheWindow() {
    AbuseGuard guard = guard("2/1h", null, 5);
    guard.check(RESIDENT, Action.POST, LONG_AGO);
    clock.advance(Duration.ofMinutes(10));
    guard.check(RESIDENT, Action.POST, LONG_AGO);

    assertThatThrownBy(() -> guard.check(RESIDENT, Action.POST, LONG_AGO))
        .isInstanceOfSatisfying(
            DomainException.TooManyRequests.class,
            e -> assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(50).toSeconds()));
    clock.advance(Duration.ofMinutes(50));
    assertThatCode(() -> guard.check(RESIDENT, Action.POST, LONG_AGO)).doesNotThrowAnyException();
  }

  @Test
  void membersBehindOneAddressShareItsLargerAllowance() {
    AbuseGuard guard = guard("2/1h", null, 2);
    guard.check(RESIDENT, Action.POST, LONG_AGO);
    guard.check(RESIDENT, Action.POST, LONG_AGO);
    guard.check(NEIGHBOUR, Action.POST, LONG_AGO);
    guard.check(NEIGHBOUR, Action.POST, LONG_AGO);

    Actor third = new Actor("resident3", "Third", Set.of(Role.RESIDENT));
    assertThatThrownBy(() -> guard.check(third, Action.POST, LONG_AGO))
        .isInstanceOf(DomainException.TooManyRequests.class);
    when(request.getRemoteAddr()).thenReturn("192.0.2.8");
    assertThatCode(() -> guard.check(third, Action.POST, LONG_AGO)).doesNotThrowAnyException();
  }

  @Test
  void aNewAccountPostsUnderTheTighterLimitToo() {
    AbuseGuard guard = guard("10/1h", "1/1d", 5);
    Instant joinedJustNow = clock.instant();
    guard.check(RESIDENT, Action.POST, joinedJustNow);

    assertThatThrownBy(() -> guard.check(RESIDENT, Action.POST, joinedJustNow))
        .isInstanceOf(DomainException.TooManyRequests.class);
    assertThatCode(() -> guard.check(NEIGHBOUR, Action.POST, LONG_AGO)).doesNotThrowAnyException();
  }

  @Test
  void flaggingIsCountedApartFromPosting() {
    AbuseGuard guard = guard("1/1h", null, 5);
    guard.check(RESIDENT, Action.POST, LONG_AGO);

    assertThatCode(() -> guard.check(RESIDENT, Action.FLAG, LONG_AGO)).doesNotThrowAnyException();
  }
}
