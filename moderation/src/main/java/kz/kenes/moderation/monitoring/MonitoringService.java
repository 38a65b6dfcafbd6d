package kz.kenes.moderation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.ReadCache;
import kz.kenes.forum.platform.Role;
import kz.kenes.moderation.monitoring.MonitoringReport.BodyFigures;
import kz.kenes.moderation.monitoring.MonitoringReport.Community;
import kz.kenes.moderation.monitoring.MonitoringReport.ExecutorFigures;
import kz.kenes.moderation.monitoring.MonitoringReport.HistoryRow;
import kz.kenes.moderation.monitoring.MonitoringReport.Row;
import kz.kenes.moderation.monitoring.MonitoringReport.SatisfactionFigures;
import kz.kenes.moderation.monitoring.MonitoringReport.Totals;
import kz.kenes.moderation.monitoring.MonitoringReport.TrendPoint;

/**
 * Reads a body's weekly monitoring from the roll-ups (never by scanning appeals): the body and the
 * bodies beneath it, by category and channel, the week before, the 12-week trend, satisfaction, the
 * community's figures, per 1,000 residents; per-executor figures for the body's staff only.
 */
@ApplicationScoped
public class MonitoringService {
  public static final int TREND_WEEKS = 12;

  /**
   * How long the public report (and the anonymous page) is kept at most when nothing is written:
   * views and reach are counted with plain SQL, which does not empty the cache, and "awaiting past
   * due" moves with the time.
   */
  public static final Duration MAX_AGE = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject BodyRepository bodies;
  @Inject StaffScopes staff;
  @Inject Clock clock;
  @Inject ReadCache cache;

  /** The week asked for (the current week when blank); 400 with field {@code week} otherwise. */
  public MonitoringWeek week(String text) {
    if (text == null || text.isBlank()) {
      return MonitoringWeek.of(Instant.now(clock));
    }
    return MonitoringWeek.parse(text)
        .orElseThrow(
            () ->
                new DomainException.InvalidInput(
                    List.of(new FieldError("week", "validation.week"))));
  }

  /** Whether the actor sees everything of the body, per-executor figures included. */
  public boolean staffOf(Optional<Actor> actor, Body body) {
    return actor
        .map(
            a ->
                a.has(Role.ADMIN)
                    || staff.serves(a, body, StaffRole.OFFICIAL)
                    || staff.serves(a, body, StaffRole.HEAD)
                    || staff.serves(a, body, StaffRole.MODERATOR))
        .orElse(false);
  }

  /** The body and the bodies beneath it: the body first, then the others by slug. */
  public List<Body> subtree(Body body) {
    List<Body> beneath = new ArrayList<>();
    for (Body b : bodies.all()) {
      if (!b.id().equals(body.id()) && b.isWithin(body)) {
        beneath.add(b);
      }
    }
    beneath.sort(Comparator.comparing(Body::slug));
    List<Body> all = new ArrayList<>();
    all.add(body);
    all.addAll(beneath);
    return all;
  }

  /**
   * The report as the actor may see it. The public one (no per-executor figures: everyone who is
   * not staff of the body sees the same) is read once and kept in the {@link ReadCache} until
   * anything is written or {@link #MAX_AGE} passed; the staff's is read each time.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MonitoringReport report(Optional<Actor> actor, String slug, String weekText) {
    MonitoringWeek week = week(weekText);
    if (actor.isPresent()) {
      return report(actor, bodies.requireBySlug(slug), week);
    }
    return cache.remember(
        publicKey(slug, week), MAX_AGE, () -> read(bodies.requireBySlug(slug), week, false));
  }

  /** As {@link #report(Optional, String, String)} for a body already read (the monitoring page). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MonitoringReport report(Optional<Actor> actor, Body body, MonitoringWeek week) {
    if (staffOf(actor, body)) {
      return read(body, week, true);
    }
    return cache.remember(publicKey(body.slug(), week), MAX_AGE, () -> read(body, week, false));
  }

  private static String publicKey(String slug, MonitoringWeek week) {
    return "monitoring:" + slug + ":" + week;
  }

  private MonitoringReport read(Body body, MonitoringWeek week, boolean staff) {
    List<Body> tree = subtree(body);
    Map<Long, String> slugs = new LinkedHashMap<>();
    tree.forEach(b -> slugs.put(b.id(), b.slug()));
    List<Long> ids = new ArrayList<>(slugs.keySet());
    Map<Long, Integer> populations = populations(ids);

    // rows and their medians
    Map<String, SortedMap<Integer, Long>> days = new HashMap<>();
    SortedMap<Integer, Long> allDays = new TreeMap<>();
    for (Object[] r :
        list(
            "select body_id, category, channel, days, answers from monitoring_answer_days"
                + " where week = :w and body_id in (:ids)",
            week,
            ids)) {
      String key = num(r[0]) + "|" + r[1] + "|" + r[2];
      int d = (int) num(r[3]);
      days.computeIfAbsent(key, k -> new TreeMap<>()).merge(d, num(r[4]), Long::sum);
      allDays.merge(d, num(r[4]), Long::sum);
    }
    List<Row> rows = new ArrayList<>();
    long asked = 0;
    long satisfied = 0;
    long partly = 0;
    long notSatisfied = 0;
    Map<Long, long[]> perBody = new HashMap<>();
    for (Object[] r :
        list(
            "select body_id, category, channel, registered, answered, answered_on_time, overdue,"
                + " redirected, satisfied, partly, not_satisfied from monitoring_week"
                + " where week = :w and body_id in (:ids)",
            week,
            ids)) {
      long bodyId = num(r[0]);
      String key = bodyId + "|" + r[1] + "|" + r[2];
      Row row =
          new Row(
              slugs.get(bodyId),
              (String) r[1],
              (String) r[2],
              num(r[3]),
              num(r[4]),
              num(r[5]),
              num(r[6]),
              num(r[7]),
              Median.of(days.getOrDefault(key, new TreeMap<>())));
      satisfied += num(r[8]);
      partly += num(r[9]);
      notSatisfied += num(r[10]);
      asked += row.answered();
      long[] b = perBody.computeIfAbsent(bodyId, k -> new long[4]);
      b[0] += row.registered();
      b[1] += row.answered();
      b[2] += row.answeredOnTime();
      b[3] += row.overdue();
      if (row.registered() + row.answered() + row.overdue() + row.redirected() > 0) {
        rows.add(row);
      }
    }
    List<String> order = new ArrayList<>(slugs.values());
    rows.sort(
        Comparator.comparing((Row r) -> order.indexOf(r.body()))
            .thenComparing(Row::category)
            .thenComparing(Row::channel));
    Integer population = populations.get(body.id());
    Totals totals = totals(rows, Median.of(allDays), population);

    List<BodyFigures> figures = new ArrayList<>();
    for (Body b : tree) {
      long[] f = perBody.getOrDefault(b.id(), new long[4]);
      Integer p = populations.get(b.id());
      figures.add(new BodyFigures(b.slug(), p, f[0], f[1], f[2], f[3], perThousand(f[0], p)));
    }

    List<MonitoringWeek> weeks = week.last(TREND_WEEKS);
    Map<String, long[]> byWeek = new LinkedHashMap<>();
    weeks.forEach(w -> byWeek.put(w.toString(), new long[6]));
    for (Object r :
        em.createNativeQuery(
                "select week, sum(registered), sum(answered), sum(overdue),"
                    + " sum(answered_on_time), sum(redirected) from monitoring_week"
                    + " where week >= :from and week <= :to and body_id in (:ids) group by week")
            .setParameter("from", weeks.get(0).toString())
            .setParameter("to", week.toString())
            .setParameter("ids", ids)
            .getResultList()) {
      Object[] cols = (Object[]) r;
      long[] t = byWeek.get((String) cols[0]);
      if (t != null) {
        for (int i = 0; i < 5; i++) {
          t[i] = num(cols[i + 1]);
        }
      }
    }
    List<TrendPoint> trend = new ArrayList<>();
    byWeek.forEach((w, t) -> trend.add(new TrendPoint(w, t[0], t[1], t[2])));
    long[] prev = byWeek.get(week.minus(1).toString());
    Totals previous =
        new Totals(
            prev[0], prev[1], prev[3], prev[2], prev[4], null, perThousand(prev[0], population));

    List<ExecutorFigures> executors = null;
    if (staff) {
      executors = new ArrayList<>();
      for (Object[] r :
          list(
              "select m.display_name, sum(e.answered), sum(e.answered_on_time)"
                  + " from monitoring_executor_week e join member m on m.id = e.executor_id"
                  + " where e.week = :w and e.body_id in (:ids) group by m.display_name"
                  + " order by m.display_name",
              week,
              ids)) {
        executors.add(new ExecutorFigures((String) r[0], num(r[1]), num(r[2])));
      }
    }

    return new MonitoringReport(
        week.toString(),
        body.slug(),
        population,
        rows,
        totals,
        previous,
        new SatisfactionFigures(asked, satisfied, partly, notSatisfied),
        community(week, ids),
        awaitingPastDue(ids),
        trend,
        figures,
        history(ids),
        executors);
  }

  private Community community(MonitoringWeek week, List<Long> ids) {
    long followers =
        count(
            "select count(*) from follow where body_id in (:ids)"
                + " and created_at >= :from and created_at < :to",
            week,
            ids);
    long threads =
        count(
            "select count(*) from forum_thread where body_id in (:ids)"
                + " and created_at >= :from and created_at < :to",
            week,
            ids);
    long posts =
        count(
            "select count(*) from post p join forum_thread t on t.id = p.thread_id"
                + " where t.body_id in (:ids) and p.created_at >= :from and p.created_at < :to",
            week,
            ids);
    long answers =
        count(
            "select count(*) from official_answer a join forum_thread t on t.id = a.thread_id"
                + " where t.body_id in (:ids) and a.created_at >= :from and a.created_at < :to",
            week,
            ids);
    Object[] views =
        (Object[])
            em.createNativeQuery(
                    "select coalesce(sum(views), 0),"
                        + " (select count(distinct visitor) from page_visitor_week"
                        + " where week = :w and body_id in (:ids))"
                        + " from page_view_week where week = :w and body_id in (:ids)")
                .setParameter("w", week.toString())
                .setParameter("ids", ids)
                .getSingleResult();
    return new Community(followers, threads, posts, answers, num(views[0]), num(views[1]));
  }

  private long awaitingPastDue(List<Long> ids) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from forum_thread where body_id in (:ids)"
                        + " and status = 'AWAITING_RESPONSE' and due_at < :now")
                .setParameter("ids", ids)
                .setParameter("now", Instant.now(clock))
                .getSingleResult())
        .longValue();
  }

  private List<HistoryRow> history(List<Long> ids) {
    List<HistoryRow> history = new ArrayList<>();
    for (Object r :
        em.createNativeQuery(
                "select period, sum(registered), sum(satisfied) from monitoring_history"
                    + " where body_id in (:ids) group by period order by period")
            .setParameter("ids", ids)
            .getResultList()) {
      Object[] c = (Object[]) r;
      history.add(new HistoryRow((String) c[0], num(c[1]), num(c[2])));
    }
    return history;
  }

  /** The populations known for these bodies. */
  public Map<Long, Integer> populations(List<Long> ids) {
    Map<Long, Integer> populations = new HashMap<>();
    for (Object r :
        em.createNativeQuery(
                "select body_id, population from body_population where body_id in (:ids)")
            .setParameter("ids", ids)
            .getResultList()) {
      Object[] c = (Object[]) r;
      populations.put(num(c[0]), (int) num(c[1]));
    }
    return populations;
  }

  static Totals totals(List<Row> rows, Double median, Integer population) {
    long registered = 0;
    long answered = 0;
    long onTime = 0;
    long overdue = 0;
    long redirected = 0;
    for (Row r : rows) {
      registered += r.registered();
      answered += r.answered();
      onTime += r.answeredOnTime();
      overdue += r.overdue();
      redirected += r.redirected();
    }
    return new Totals(
        registered,
        answered,
        onTime,
        overdue,
        redirected,
        median,
        perThousand(registered, population));
  }

  static Double perThousand(long count, Integer population) {
    if (population == null || population <= 0) {
      return null;
    }
    return Math.round(count * 1000.0 / population * 100.0) / 100.0;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> list(String sql, MonitoringWeek week, List<Long> ids) {
    return em.createNativeQuery(sql)
        .setParameter("w", week.toString())
        .setParameter("ids", ids)
        .getResultList();
  }

  private long count(String sql, MonitoringWeek week, List<Long> ids) {
    return ((Number)
            em.createNativeQuery(sql)
                .setParameter("ids", ids)
                .setParameter("from", week.start())
                .setParameter("to", week.end())
                .getSingleResult())
        .longValue();
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
