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
    record(actor.username(), action, targetType, targetId, detail);
  }

  /**
   * The same for an action taken for the member {@code username} without their request at hand
   * (e.g. appeals claimed by their verified phone while they sign in).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String username, String action, String targetType, Object targetId, String detail) {
    em.persist(
        new AuditEntry(
            Instant.now(clock), username, action, targetType, String.valueOf(targetId), detail));
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

  /** Entries per page when browsing. */
  public static final int PAGE_SIZE = 50;

  /**
   * Admins browse the log, newest first, filtered by action (or its prefix ending in a dot, such as
   * {@code appeal.}), actor and target type; pages from 1.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> browse(
      Actor admin, String action, String actorName, String targetType, Integer page) {
    admin.require(kz.kenes.forum.platform.Role.ADMIN);
    var check = new kz.kenes.forum.platform.Validation();
    int number = page == null ? 1 : page;
    check.check("page", number, n -> n >= 1 && n <= 100_000, "validation.range");
    check.check("action", action, a -> a.length() <= 60, "validation.too-long");
    check.check("actor", actorName, a -> a.length() <= 100, "validation.too-long");
    check.check("targetType", targetType, a -> a.length() <= 40, "validation.too-long");
    check.throwIfInvalid();
    StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (action != null && !action.isBlank()) {
      if (action.endsWith(".")) {
        jpql.append(" and a.action like :action");
        params.put("action", action.strip() + "%");
      } else {
        jpql.append(" and a.action = :action");
        params.put("action", action.strip());
      }
    }
    if (actorName != null && !actorName.isBlank()) {
      jpql.append(" and a.actor = :actor");
      params.put("actor", actorName.strip());
    }
    if (targetType != null && !targetType.isBlank()) {
      jpql.append(" and a.targetType = :type");
      params.put("type", targetType.strip());
    }
    jpql.append(" order by a.id desc");
    var query =
        em.createQuery(jpql.toString(), AuditEntry.class)
            .setFirstResult((number - 1) * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE);
    params.forEach(query::setParameter);
    return query.getResultList();
  }
}
