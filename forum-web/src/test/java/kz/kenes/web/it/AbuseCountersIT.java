package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import kz.kenes.moderation.limits.DatabaseLimits;
import kz.kenes.moderation.limits.Decision;
import kz.kenes.moderation.limits.Limit;
import org.junit.jupiter.api.Test;

/**
 * The abuse counters on the real database: kept in tables, so a second store (another node, or the
 * bean after a restart) sees the same count; concurrent attempts cannot pass the last permit; a
 * rolled-back attempt does not count; expired rows are swept.
 */
@KenesIT(inContainer = true)
class AbuseCountersIT {
  @Inject DatabaseLimits limits;
  @Resource UserTransaction tx;
  @Resource ManagedExecutorService executor;
  @PersistenceContext EntityManager em;

  private static String key() {
    return "post:user:it-" + UUID.randomUUID();
  }

  @Test
  void aSecondStoreOverTheSameDatabaseSeesTheCount() throws Exception {
    String key = key();
    Limit limit = Limit.parse("3/1h");
    for (int i = 0; i < 3; i++) {
      assertTrue(limits.tryAcquire(key, limit).allowed());
    }
    Decision refused = limits.tryAcquire(key, limit);
    assertFalse(refused.allowed());
    assertTrue(refused.retryAfter().compareTo(Duration.ofHours(1)) <= 0);

    Unmanaged.UnmanagedInstance<DatabaseLimits> other =
        new Unmanaged<>(DatabaseLimits.class).newInstance().produce().inject().postConstruct();
    try {
      tx.begin();
      Decision seenElsewhere = other.get().tryAcquire(key, limit);
      tx.commit();
      assertFalse(seenElsewhere.allowed(), "a fresh store instance still refuses");
    } finally {
      other.preDestroy().dispose();
    }
    String counter = DatabaseLimits.counterKey(key, limit);
    assertEquals(3L, count("select count(*) from abuse_event where counter_key = ?1", counter));
    assertEquals(
        0L,
        count("select count(*) from abuse_counter where counter_key like ?1", "%it-%"),
        "keys are stored hashed");
  }

  @Test
  void concurrentAttemptsCannotPassTheLastPermit() throws Exception {
    String key = key();
    Limit limit = Limit.parse("3/1h");
    List<Callable<Boolean>> attempts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      attempts.add(() -> limits.tryAcquire(key, limit).allowed());
    }
    int allowed = 0;
    for (Future<Boolean> f : executor.invokeAll(attempts)) {
      allowed += f.get() ? 1 : 0;
    }
    assertEquals(3, allowed);
    assertEquals(
        3L,
        count(
            "select count(*) from abuse_event where counter_key = ?1",
            DatabaseLimits.counterKey(key, limit)));
  }

  @Test
  void anAttemptWhoseTransactionRollsBackIsNotCounted() throws Exception {
    String key = key();
    Limit limit = Limit.parse("1/1h");
    tx.begin();
    assertTrue(limits.tryAcquire(key, limit).allowed());
    tx.rollback();
    assertTrue(limits.tryAcquire(key, limit).allowed(), "the rolled-back attempt left no count");
    assertFalse(limits.tryAcquire(key, limit).allowed());
  }

  @Test
  void expiredRowsAreSwept() throws Exception {
    String key = key();
    Limit limit = Limit.parse("1/1s");
    assertTrue(limits.tryAcquire(key, limit).allowed());
    String counter = DatabaseLimits.counterKey(key, limit);
    Thread.sleep(1_100);
    limits.sweep();
    assertEquals(0L, count("select count(*) from abuse_event where counter_key = ?1", counter));
    assertEquals(0L, count("select count(*) from abuse_counter where counter_key = ?1", counter));
    assertTrue(limits.tryAcquire(key, limit).allowed());
  }

  private long count(String sql, String parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
