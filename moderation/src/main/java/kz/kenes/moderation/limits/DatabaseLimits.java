package kz.kenes.moderation.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The abuse limits' counts in the database (tables {@code abuse_counter} and {@code abuse_event}):
 * a restart does not reset them and every node sharing the database counts together. Same sliding
 * window as {@link RateLimiter}.
 *
 * <p>An attempt is counted in the caller's transaction: the counter's row is locked ({@code select
 * … for update}), so concurrent attempts on one key queue and cannot both take the last permit, and
 * a use case that fails or is refused afterwards rolls its count back with everything else. The
 * counter row itself is created once, in a short transaction of its own ({@link CounterRows}). Keys
 * are stored as a SHA-256 of key and limit, never in clear. {@link #sweep} deletes expired rows.
 */
@ApplicationScoped
public class DatabaseLimits implements LimitStore {
  @PersistenceContext EntityManager em;
  @Inject CounterRows rows;
  @Inject Clock clock;

  @Override
  @Transactional
  public Decision tryAcquire(String key, Limit limit) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(limit, "limit");
    String counter = counterKey(key, limit);
    long now = clock.millis();
    long window = limit.window().toMillis();
    lock(counter, now + window);
    em.createNativeQuery("delete from abuse_event where counter_key = ?1 and at_ms <= ?2")
        .setParameter(1, counter)
        .setParameter(2, now - window)
        .executeUpdate();
    Object[] counted =
        (Object[])
            em.createNativeQuery(
                    "select count(*), min(at_ms), max(at_ms) from abuse_event where counter_key = ?1")
                .setParameter(1, counter)
                .getSingleResult();
    long count = ((Number) counted[0]).longValue();
    if (count >= limit.permits()) {
      return RateLimiter.refused(
          Instant.ofEpochMilli(((Number) counted[1]).longValue()),
          Instant.ofEpochMilli(now),
          limit);
    }
    // kept in order if the clock stepped back, as in memory
    long at = count > 0 ? Math.max(now, ((Number) counted[2]).longValue()) : now;
    em.createNativeQuery(
            "insert into abuse_event (counter_key, at_ms, expires_ms) values (?1, ?2, ?3)")
        .setParameter(1, counter)
        .setParameter(2, at)
        .setParameter(3, at + window)
        .executeUpdate();
    em.createNativeQuery("update abuse_counter set expires_ms = ?2 where counter_key = ?1")
        .setParameter(1, counter)
        .setParameter(2, at + window)
        .executeUpdate();
    return new Decision(true, Duration.ZERO);
  }

  /** Deletes the events and counters whose windows have passed; returns the rows deleted. */
  @Transactional
  public int sweep() {
    long now = clock.millis();
    int events =
        em.createNativeQuery("delete from abuse_event where expires_ms < ?1")
            .setParameter(1, now)
            .executeUpdate();
    int counters =
        em.createNativeQuery("delete from abuse_counter where expires_ms < ?1")
            .setParameter(1, now)
            .executeUpdate();
    return events + counters;
  }

  /** Locks the counter's row, creating it first if it does not exist yet. */
  private void lock(String counter, long expiresMs) {
    for (int attempt = 0; attempt < 3; attempt++) {
      boolean locked =
          !em.createNativeQuery(
                  "select counter_key from abuse_counter where counter_key = ?1 for update")
              .setParameter(1, counter)
              .getResultList()
              .isEmpty();
      if (locked) {
        return;
      }
      try {
        rows.create(counter, expiresMs);
      } catch (PersistenceException createdMeanwhile) {
        // another attempt created the row first: lock it on the next round
      }
    }
    throw new IllegalStateException("the abuse counter's row could not be locked");
  }

  /** The stored name of a counter: a SHA-256 of key and limit, in hex. */
  public static String counterKey(String key, Limit limit) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(
              (key + "\n" + limit.permits() + "/" + limit.window().toMillis())
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Creates counter rows in transactions of their own, so a duplicate spoils no use case. */
  @ApplicationScoped
  public static class CounterRows {
    @PersistenceContext EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String counter, long expiresMs) {
      em.createNativeQuery("insert into abuse_counter (counter_key, expires_ms) values (?1, ?2)")
          .setParameter(1, counter)
          .setParameter(2, expiresMs)
          .executeUpdate();
    }
  }
}
