package kz.kenes.moderation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.appeal.AppealChannel;
import kz.kenes.moderation.appeal.AppealMoved;
import kz.kenes.moderation.appeal.AppealStatus;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import kz.kenes.moderation.calendar.WorkingDayCalendarRepository;

/**
 * What admins do with the monitoring: a body's population, its historical statistics (CSV), and the
 * rebuild that recomputes every roll-up from the appeals' history with the same rule as the
 * incremental updates ({@link RollupDelta}), so that the two can be compared.
 */
@ApplicationScoped
public class MonitoringAdmin {
  public static final int HISTORY_MAX_LINES = 5_000;
  private static final Pattern PERIOD = Pattern.compile("(20\\d\\d)(-Q[1-4])?");

  @PersistenceContext EntityManager em;
  @Inject BodyRepository bodies;
  @Inject WorkingDayCalendarRepository calendars;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Sets a body's population (admins). */
  @Transactional
  public void population(Actor actor, String slug, Integer population) {
    actor.require(Role.ADMIN);
    if (population == null || population < 1 || population > 50_000_000) {
      throw new DomainException.InvalidInput(
          List.of(new FieldError("population", "validation.population")));
    }
    Body body = bodies.requireBySlug(slug);
    setPopulation(body.id(), population);
    audit.record(actor, "monitoring.population", "body", body.slug(), population.toString());
  }

  /** Sets a population without an actor (the demo data). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void setPopulation(long bodyId, int population) {
    int updated =
        em.createNativeQuery(
                "update body_population set population = ?1, updated_at = ?2 where body_id = ?3")
            .setParameter(1, population)
            .setParameter(2, Instant.now(clock))
            .setParameter(3, bodyId)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into body_population (body_id, population, updated_at) values (?1, ?2, ?3)")
          .setParameter(1, bodyId)
          .setParameter(2, population)
          .setParameter(3, Instant.now(clock))
          .executeUpdate();
    }
  }

  /** One line of historical statistics, checked. */
  public record HistoryLine(
      String period, Category category, AppealChannel channel, int registered, int satisfied) {}

  /**
   * Replaces the body's historical statistics with a CSV: a header line {@code
   * period,category,channel,registered,satisfied}, then one line per period (a year {@code 2020} or
   * a quarter {@code 2021-Q1}), category and channel. Nothing is kept when a line is wrong: 400
   * names the line ({@code line.N}).
   */
  @Transactional
  public int history(Actor actor, String slug, String csv) {
    actor.require(Role.ADMIN);
    Body body = bodies.requireBySlug(slug);
    List<HistoryLine> lines = parseHistory(csv);
    replaceHistory(body.id(), lines);
    audit.record(actor, "monitoring.history", "body", body.slug(), lines.size() + " lines");
    return lines.size();
  }

  /** Replaces history without an actor (the demo data). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void replaceHistory(long bodyId, List<HistoryLine> lines) {
    em.createNativeQuery("delete from monitoring_history where body_id = ?1")
        .setParameter(1, bodyId)
        .executeUpdate();
    Map<String, HistoryLine> merged = new LinkedHashMap<>();
    for (HistoryLine l : lines) {
      merged.merge(
          l.period() + "|" + l.category() + "|" + l.channel(),
          l,
          (a, b) ->
              new HistoryLine(
                  a.period(),
                  a.category(),
                  a.channel(),
                  a.registered() + b.registered(),
                  a.satisfied() + b.satisfied()));
    }
    for (HistoryLine l : merged.values()) {
      em.createNativeQuery(
              "insert into monitoring_history"
                  + " (body_id, period, category, channel, registered, satisfied)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, bodyId)
          .setParameter(2, l.period())
          .setParameter(3, l.category().name())
          .setParameter(4, l.channel().name())
          .setParameter(5, l.registered())
          .setParameter(6, l.satisfied())
          .executeUpdate();
    }
  }

  /** Parses the history CSV; 400 naming the first wrong lines. */
  public static List<HistoryLine> parseHistory(String csv) {
    List<FieldError> errors = new ArrayList<>();
    List<HistoryLine> lines = new ArrayList<>();
    String[] raw = csv == null ? new String[0] : csv.split("\r?\n");
    if (raw.length == 0
        || !raw[0]
            .strip()
            .replace(" ", "")
            .equalsIgnoreCase("period,category,channel,registered,satisfied")) {
      throw new DomainException.InvalidInput(
          List.of(new FieldError("line.1", "validation.history.header")));
    }
    if (raw.length > HISTORY_MAX_LINES) {
      throw new DomainException.InvalidInput(List.of(new FieldError("csv", "validation.too-long")));
    }
    for (int i = 1; i < raw.length && errors.size() < 20; i++) {
      String line = raw[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      try {
        if (cells.length != 5 || !PERIOD.matcher(cells[0].strip()).matches()) {
          throw new IllegalArgumentException();
        }
        int registered = Integer.parseInt(cells[3].strip());
        int satisfied = cells[4].isBlank() ? 0 : Integer.parseInt(cells[4].strip());
        if (registered < 0 || satisfied < 0 || satisfied > registered || registered > 10_000_000) {
          throw new IllegalArgumentException();
        }
        lines.add(
            new HistoryLine(
                cells[0].strip(),
                Category.valueOf(cells[1].strip()),
                AppealChannel.valueOf(cells[2].strip()),
                registered,
                satisfied));
      } catch (IllegalArgumentException wrong) {
        errors.add(new FieldError("line." + (i + 1), "validation.history.line"));
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors);
    }
    return lines;
  }

  /**
   * Recomputes every roll-up from the appeals' steps and the satisfaction answers (admins): the
   * rows are deleted and written again in one transaction. Returns the number of weekly rows.
   */
  @Transactional
  public int rebuild(Actor actor) {
    actor.require(Role.ADMIN);
    int rows = rebuild();
    audit.record(actor, "monitoring.rebuild", "monitoring", "all", rows + " rows");
    return rows;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  int rebuild() {
    WorkingDayCalendar calendar = calendars.calendar();
    Map<String, long[]> weeks = new HashMap<>();
    Map<String, Long> days = new HashMap<>();
    Map<String, long[]> executors = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> steps =
        em.createNativeQuery(
                "select s.appeal_id, a.body_id, a.category, a.channel, s.to_status,"
                    + " s.occurred_at, a.registration_day, s.deadline, a.executor_id"
                    + " from appeal_step s join appeal a on a.id = s.appeal_id"
                    + " where s.to_status in ('REGISTERED', 'ANSWERED', 'OVERDUE', 'REDIRECTED')")
            .getResultList();
    for (Object[] s : steps) {
      AppealMoved moved =
          new AppealMoved(
              ((Number) s[0]).longValue(),
              ((Number) s[1]).longValue(),
              Category.valueOf((String) s[2]),
              AppealChannel.valueOf((String) s[3]),
              AppealStatus.valueOf((String) s[4]),
              instant(s[5]),
              date(s[6]),
              date(s[7]),
              s[8] == null ? null : ((Number) s[8]).longValue());
      RollupDelta.of(moved, calendar)
          .ifPresent(
              d -> {
                String key = d.bodyId() + "|" + d.week() + "|" + d.category() + "|" + d.channel();
                long[] w = weeks.computeIfAbsent(key, k -> new long[8]);
                w[0] += d.registered();
                w[1] += d.answered();
                w[2] += d.answeredOnTime();
                w[3] += d.overdue();
                w[4] += d.redirected();
                if (d.days() >= 0) {
                  days.merge(key + "|" + d.days(), 1L, Long::sum);
                }
                if (d.executorId() != null) {
                  long[] e =
                      executors.computeIfAbsent(
                          d.bodyId() + "|" + d.week() + "|" + d.executorId(), k -> new long[2]);
                  e[0] += 1;
                  e[1] += d.answeredOnTime();
                }
              });
    }
    @SuppressWarnings("unchecked")
    List<Object[]> answers =
        em.createNativeQuery(
                "select a.body_id, a.category, a.channel, s.answer, s.answered_at"
                    + " from appeal_satisfaction s join appeal a on a.id = s.appeal_id")
            .getResultList();
    for (Object[] s : answers) {
      String key =
          ((Number) s[0]).longValue()
              + "|"
              + MonitoringWeek.of(instant(s[4]))
              + "|"
              + s[1]
              + "|"
              + s[2];
      long[] w = weeks.computeIfAbsent(key, k -> new long[8]);
      switch ((String) s[3]) {
        case "YES" -> w[5]++;
        case "PARTLY" -> w[6]++;
        default -> w[7]++;
      }
    }
    em.createNativeQuery("delete from monitoring_answer_days").executeUpdate();
    em.createNativeQuery("delete from monitoring_executor_week").executeUpdate();
    em.createNativeQuery("delete from monitoring_week").executeUpdate();
    for (var e : weeks.entrySet()) {
      String[] k = e.getKey().split("\\|");
      long[] w = e.getValue();
      em.createNativeQuery(
              "insert into monitoring_week (body_id, week, category, channel, registered,"
                  + " answered, answered_on_time, overdue, redirected, satisfied, partly,"
                  + " not_satisfied) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
          .setParameter(1, Long.parseLong(k[0]))
          .setParameter(2, k[1])
          .setParameter(3, k[2])
          .setParameter(4, k[3])
          .setParameter(5, (int) w[0])
          .setParameter(6, (int) w[1])
          .setParameter(7, (int) w[2])
          .setParameter(8, (int) w[3])
          .setParameter(9, (int) w[4])
          .setParameter(10, (int) w[5])
          .setParameter(11, (int) w[6])
          .setParameter(12, (int) w[7])
          .executeUpdate();
    }
    for (var e : days.entrySet()) {
      String[] k = e.getKey().split("\\|");
      em.createNativeQuery(
              "insert into monitoring_answer_days (body_id, week, category, channel, days,"
                  + " answers) values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, Long.parseLong(k[0]))
          .setParameter(2, k[1])
          .setParameter(3, k[2])
          .setParameter(4, k[3])
          .setParameter(5, Integer.parseInt(k[4]))
          .setParameter(6, e.getValue().intValue())
          .executeUpdate();
    }
    for (var e : executors.entrySet()) {
      String[] k = e.getKey().split("\\|");
      em.createNativeQuery(
              "insert into monitoring_executor_week (body_id, week, executor_id, answered,"
                  + " answered_on_time) values (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, Long.parseLong(k[0]))
          .setParameter(2, k[1])
          .setParameter(3, Long.parseLong(k[2]))
          .setParameter(4, (int) e.getValue()[0])
          .setParameter(5, (int) e.getValue()[1])
          .executeUpdate();
    }
    return weeks.size();
  }

  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }

  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    throw new IllegalStateException("not a date: " + value.getClass());
  }
}
