package kz.kenes.moderation.limits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.inject.Instance;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.platform.ActionGuard.Action;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AbuseGuardTest {
  static final Actor RESIDENT = new Actor("resident", "Resident", Set.of(Role.RESIDENT));
  static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  final List<Synchronization> registered = new ArrayList<>();
  AbuseGuard guard;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void guard() {
    Instance<HttpServletRequest> requests = mock(Instance.class);
    when(requests.isResolvable()).thenReturn(false);
    AbuseLimits limits =
        AbuseLimits.parse(name -> name.equals(AbuseLimits.ENV_POST) ? "2/1h" : null);
    guard = new AbuseGuard(limits, 5, clock, requests);
    TransactionSynchronizationRegistry transactions =
        mock(TransactionSynchronizationRegistry.class);
    when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_ACTIVE);
    doAnswer(call -> registered.add(call.getArgument(0)))
        .when(transactions)
        .registerInterposedSynchronization(any());
    guard.transactions = transactions;
  }

  @Test
  void anAttemptWhoseTransactionRollsBackGetsItsPermitBack() {
    for (int i = 0; i < 5; i++) {
      guard.check(RESIDENT, Action.POST, LONG_AGO);
      end(Status.STATUS_ROLLEDBACK);
    }
    guard.check(RESIDENT, Action.POST, LONG_AGO);
    end(Status.STATUS_COMMITTED);
    guard.check(RESIDENT, Action.POST, LONG_AGO);
    end(Status.STATUS_COMMITTED);

    assertThatThrownBy(() -> guard.check(RESIDENT, Action.POST, LONG_AGO))
        .isInstanceOf(DomainException.TooManyRequests.class);
  }

  @Test
  void committedAttemptsCount() {
    guard.check(RESIDENT, Action.POST, LONG_AGO);
    end(Status.STATUS_COMMITTED);
    guard.check(RESIDENT, Action.POST, LONG_AGO);
    end(Status.STATUS_COMMITTED);
    assertThatThrownBy(() -> guard.check(RESIDENT, Action.POST, LONG_AGO))
        .isInstanceOf(DomainException.TooManyRequests.class);
    clock.advance(Duration.ofHours(1));
    assertThatCode(() -> guard.check(RESIDENT, Action.POST, LONG_AGO)).doesNotThrowAnyException();
  }

  private void end(int status) {
    registered.forEach(s -> s.afterCompletion(status));
    registered.clear();
  }
}
