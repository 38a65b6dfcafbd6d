package kz.kenes.forum.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.kenes.forum.platform.Actor;

/**
 * The append-only record of what staff did. {@link #record} joins the caller's transaction, so an
 * action and its audit row commit or roll back together. Details name things, never personal data.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor, String action, String targetType, Object targetId, String detail) {
    em.persist(
        new AuditEntry(
            Instant.now(clock),
            actor.username(),
            action,
            targetType,
            String.valueOf(targetId),
            detail));
  }

  /** The newest entries first, optionally only those of one action. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> latest(String action, int limit) {
    String jpql =
        action == null
            ? "select a from AuditEntry a order by a.id desc"
            : "select a from AuditEntry a where a.action = :action order by a.id desc";
    var query = em.createQuery(jpql, AuditEntry.class).setMaxResults(limit);
    if (action != null) {
      query.setParameter("action", action);
    }
    return query.getResultList();
  }
}
