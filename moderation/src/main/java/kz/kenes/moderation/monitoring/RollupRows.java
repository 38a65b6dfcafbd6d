package kz.kenes.moderation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates an empty roll-up row in its own short transaction, so that the counting update that
 * follows in the caller's transaction always finds it; a row another transaction created first is
 * fine (the duplicate fails here, alone, and is ignored by the caller).
 */
@ApplicationScoped
public class RollupRows {
  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject RollupRows self;

  void ensureWeek(long bodyId, String week, String category, String channel) {
    try {
      self.insert(
          "insert into monitoring_week (body_id, week, category, channel) values (?1, ?2, ?3, ?4)",
          bodyId,
          week,
          category,
          channel,
          null);
    } catch (RuntimeException alreadyThere) {
      // created meanwhile by another transaction
    }
  }

  void ensureDays(long bodyId, String week, String category, String channel, int days) {
    try {
      self.insert(
          "insert into monitoring_answer_days (body_id, week, category, channel, days)"
              + " values (?1, ?2, ?3, ?4, ?5)",
          bodyId,
          week,
          category,
          channel,
          days);
    } catch (RuntimeException alreadyThere) {
      // created meanwhile by another transaction
    }
  }

  void ensureExecutor(long bodyId, String week, long executorId) {
    try {
      self.insertExecutor(bodyId, week, executorId);
    } catch (RuntimeException alreadyThere) {
      // created meanwhile by another transaction
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insert(
      String sql, long bodyId, String week, String category, String channel, Integer days) {
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, bodyId)
            .setParameter(2, week)
            .setParameter(3, category)
            .setParameter(4, channel);
    if (days != null) {
      query.setParameter(5, days);
    }
    query.executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insertExecutor(long bodyId, String week, long executorId) {
    em.createNativeQuery(
            "insert into monitoring_executor_week (body_id, week, executor_id) values (?1, ?2, ?3)")
        .setParameter(1, bodyId)
        .setParameter(2, week)
        .setParameter(3, executorId)
        .executeUpdate();
  }
}
