package kz.kenes.forum.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;

/**
 * Admins watch the outbox (pending, sent, failed) and send a FAILED message again: it goes back to
 * PENDING with a fresh day of tries (a DAYTIME SMS not before the morning), audited as {@code
 * outbox.retry}.
 */
@ApplicationScoped
public class OutboxAdmin {
  /** Messages shown per list, the newest. */
  public static final int SHOWN = 200;

  @PersistenceContext EntityManager em;
  @Inject OutboxStore store;
  @Inject OutboxSettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<OutboxWritten> written;

  /**
   * The newest messages of a status ({@code PENDING}, {@code SENT}, {@code FAILED}; all if empty).
   */
  public List<OutboxEntry> list(Actor admin, String status) {
    admin.require(Role.ADMIN);
    return store.list(status(status), SHOWN);
  }

  /** The status named by a query or form, checked; null for none. */
  public static OutboxStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    Validation check = new Validation();
    String name = status.strip().toUpperCase(Locale.ROOT);
    check.check(
        "status",
        name,
        n -> n.equals("PENDING") || n.equals("SENT") || n.equals("FAILED"),
        "validation.unknown-value");
    check.throwIfInvalid();
    return OutboxStatus.valueOf(name);
  }

  /** Sends a FAILED message again; 404 if there is none, 409 if it is not FAILED. */
  @Transactional
  public void retry(Actor admin, long id) {
    admin.require(Role.ADMIN);
    List<?> found =
        em.createNativeQuery(
                "select status, channel, urgency from outbox_message where id = ?1 for update")
            .setParameter(1, id)
            .getResultList();
    if (found.isEmpty()) {
      throw new DomainException.NotFound("error.outbox.not-found");
    }
    Object[] row = (Object[]) found.get(0);
    if (!OutboxStatus.FAILED.name().equals(row[0])) {
      throw new DomainException.Conflict("error.outbox.not-failed");
    }
    OutboxChannel channel = OutboxChannel.valueOf((String) row[1]);
    Instant now = clock.instant();
    Instant next =
        channel == OutboxChannel.SMS && Urgency.DAYTIME.name().equals(row[2])
            ? settings.quiet().earliest(now)
            : now;
    em.createNativeQuery(OutboxStore.REQUEUE)
        .setParameter(1, next.toEpochMilli())
        .setParameter(2, now.toEpochMilli())
        .setParameter(3, id)
        .executeUpdate();
    audit.record(admin, "outbox.retry", "outbox", id, channel.name());
    written.fire(new OutboxWritten(channel));
  }
}
