package kz.kenes.moderation.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.moderation.appeal.AppealResult;
import kz.kenes.moderation.appeal.AppealStatus;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import kz.kenes.moderation.review.FlagReason;
import kz.kenes.moderation.review.ModerationAction;

/** Counts a body's flags, moderation decisions and appeals of one month (Kazakhstan time). */
@ApplicationScoped
public class TransparencyService {
  @PersistenceContext EntityManager em;
  @Inject BodyRepository bodies;
  @Inject Clock clock;

  /** The report of {@code month} (YYYY-MM; the current month when blank) for a body. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TransparencyReport report(String bodySlug, String month) {
    YearMonth ym;
    if (month == null || month.isBlank()) {
      ym = YearMonth.now(clock.withZone(WorkingDayCalendar.ZONE));
    } else {
      try {
        ym = YearMonth.parse(month.strip());
      } catch (DateTimeParseException e) {
        throw new DomainException.InvalidInput(
            List.of(new FieldError("month", "validation.month")));
      }
    }
    Body body = bodies.requireBySlug(bodySlug);
    Instant from = ym.atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();

    Map<String, Long> byReason = zeros(FlagReason.values());
    for (Object[] row :
        rows(
            "select f.reason, count(f) from Flag f where f.item.body = :b"
                + " and f.createdAt >= :from and f.createdAt < :to group by f.reason",
            body,
            from,
            to)) {
      byReason.put(((Enum<?>) row[0]).name(), (Long) row[1]);
    }
    Map<String, Long> byAction = zeros(ModerationAction.values());
    for (Object[] row :
        rows(
            "select e.action, count(e) from ReviewEvent e where e.item.body = :b"
                + " and e.at >= :from and e.at < :to group by e.action",
            body,
            from,
            to)) {
      if (byAction.containsKey((String) row[0])) {
        byAction.put((String) row[0], (Long) row[1]);
      }
    }
    Map<String, Long> byResult = zeros(AppealResult.values());
    for (Object[] row :
        rows(
            "select a.result, count(a) from Appeal a where a.body = :b"
                + " and a.answeredAt >= :from and a.answeredAt < :to group by a.result",
            body,
            from,
            to)) {
      byResult.put(((Enum<?>) row[0]).name(), (Long) row[1]);
    }
    long registered =
        count(
            "select count(a) from Appeal a where a.body = :b"
                + " and a.registeredAt >= :from and a.registeredAt < :to",
            body,
            from,
            to);
    long redirected = steps(AppealStatus.REDIRECTED, body, from, to);
    long overdue = steps(AppealStatus.OVERDUE, body, from, to);
    long late =
        count(
            "select count(s) from AppealStep s where s.appeal.body = :b and s.to = :answered"
                + " and s.from = :overdue and s.at >= :from and s.at < :to",
            body,
            from,
            to,
            Map.of("answered", AppealStatus.ANSWERED, "overdue", AppealStatus.OVERDUE));
    long flags = byReason.values().stream().mapToLong(Long::longValue).sum();
    return new TransparencyReport(
        body.slug(),
        ym,
        flags,
        byReason,
        byAction,
        registered,
        byResult,
        redirected,
        overdue,
        late);
  }

  private long steps(AppealStatus to, Body body, Instant from, Instant until) {
    return count(
        "select count(s) from AppealStep s where s.appeal.body = :b and s.to = :status"
            + " and s.at >= :from and s.at < :to",
        body,
        from,
        until,
        Map.of("status", to));
  }

  private List<Object[]> rows(String jpql, Body body, Instant from, Instant to) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("b", body)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private long count(String jpql, Body body, Instant from, Instant to) {
    return count(jpql, body, from, to, Map.of());
  }

  private long count(String jpql, Body body, Instant from, Instant to, Map<String, Object> more) {
    var query =
        em.createQuery(jpql, Long.class)
            .setParameter("b", body)
            .setParameter("from", from)
            .setParameter("to", to);
    more.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static Map<String, Long> zeros(Enum<?>[] values) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (Enum<?> value : values) {
      map.put(value.name(), 0L);
    }
    return map;
  }
}
