package kz.kenes.moderation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.kenes.moderation.appeal.AppealMoved;
import kz.kenes.moderation.appeal.AppealSatisfied;
import kz.kenes.moderation.calendar.WorkingDayCalendarRepository;

/**
 * Keeps the weekly roll-ups up to date inside the transaction of each appeal step and satisfaction
 * answer (synchronous observers: they commit or roll back with the step). Adds with plain SQL
 * {@code update … set n = n + 1}; a missing row is first created in its own short transaction
 * ({@link RollupRows}), so two first steps of one week at once do not fail each other.
 */
@ApplicationScoped
public class MonitoringLedger {
  @PersistenceContext EntityManager em;
  @Inject RollupRows rows;
  @Inject WorkingDayCalendarRepository calendars;

  void stepped(@Observes AppealMoved step) {
    RollupDelta.of(step, calendars.calendar()).ifPresent(this::add);
  }

  void satisfied(@Observes AppealSatisfied answer) {
    String column =
        switch (answer.answer()) {
          case YES -> "satisfied";
          case PARTLY -> "partly";
          case NO -> "not_satisfied";
        };
    Key key =
        new Key(
            answer.bodyId(),
            MonitoringWeek.of(answer.at()).toString(),
            answer.category().name(),
            answer.channel().name());
    bump(key, column + " = " + column + " + 1");
  }

  /** Adds one step's delta to its rows. */
  void add(RollupDelta d) {
    Key key = new Key(d.bodyId(), d.week().toString(), d.category().name(), d.channel().name());
    bump(
        key,
        "registered = registered + "
            + d.registered()
            + ", answered = answered + "
            + d.answered()
            + ", answered_on_time = answered_on_time + "
            + d.answeredOnTime()
            + ", overdue = overdue + "
            + d.overdue()
            + ", redirected = redirected + "
            + d.redirected());
    if (d.days() >= 0) {
      String where =
          " where body_id = ?1 and week = ?2 and category = ?3 and channel = ?4 and days = ?5";
      if (update("update monitoring_answer_days set answers = answers + 1" + where, key, d.days())
          == 0) {
        rows.ensureDays(key.bodyId, key.week, key.category, key.channel, d.days());
        update("update monitoring_answer_days set answers = answers + 1" + where, key, d.days());
      }
    }
    if (d.executorId() != null) {
      String sql =
          "update monitoring_executor_week set answered = answered + 1,"
              + " answered_on_time = answered_on_time + "
              + d.answeredOnTime()
              + " where body_id = ?1 and week = ?2 and executor_id = ?3";
      if (executor(sql, key, d.executorId()) == 0) {
        rows.ensureExecutor(key.bodyId, key.week, d.executorId());
        executor(sql, key, d.executorId());
      }
    }
  }

  private void bump(Key key, String set) {
    String sql =
        "update monitoring_week set "
            + set
            + " where body_id = ?1 and week = ?2 and category = ?3 and channel = ?4";
    if (update(sql, key, null) == 0) {
      rows.ensureWeek(key.bodyId, key.week, key.category, key.channel);
      update(sql, key, null);
    }
  }

  private int update(String sql, Key key, Integer days) {
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, key.bodyId)
            .setParameter(2, key.week)
            .setParameter(3, key.category)
            .setParameter(4, key.channel);
    if (days != null) {
      query.setParameter(5, days);
    }
    return query.executeUpdate();
  }

  private int executor(String sql, Key key, long executorId) {
    return em.createNativeQuery(sql)
        .setParameter(1, key.bodyId)
        .setParameter(2, key.week)
        .setParameter(3, executorId)
        .executeUpdate();
  }

  private record Key(long bodyId, String week, String category, String channel) {}
}
