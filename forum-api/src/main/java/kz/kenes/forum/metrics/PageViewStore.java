package kz.kenes.forum.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The database side of {@link PageViews}: adds view deltas and new visitors with plain SQL (no JPA
 * entity, so the page cache stays), and keeps the day's salt, shared by all nodes.
 */
@ApplicationScoped
public class PageViewStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject PageViewStore self;

  /** The day's salt as read from the database (the same on every node), remembered per day. */
  private final Map<LocalDate, String> salts = new ConcurrentHashMap<>();

  String salt(LocalDate day) {
    return salts.computeIfAbsent(
        day,
        d -> {
          salts.keySet().removeIf(other -> other.isBefore(d));
          return self.readSalt(d)
              .orElseGet(
                  () -> {
                    try {
                      self.createSalt(d);
                    } catch (RuntimeException raced) {
                      // another node created it first
                    }
                    return self.readSalt(d).orElseThrow();
                  });
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> readSalt(LocalDate day) {
    return em.createNativeQuery("select salt from visitor_salt where salt_day = ?1")
        .setParameter(1, day)
        .getResultStream()
        .findFirst()
        .map(Object::toString);
  }

  /** Creates the day's salt and forgets the salts of days before yesterday. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createSalt(LocalDate day) {
    byte[] salt = new byte[24];
    RANDOM.nextBytes(salt);
    em.createNativeQuery("delete from visitor_salt where salt_day < ?1")
        .setParameter(1, day.minusDays(1))
        .executeUpdate();
    em.createNativeQuery("insert into visitor_salt (salt_day, salt) values (?1, ?2)")
        .setParameter(1, day)
        .setParameter(2, HexFormat.of().formatHex(salt))
        .executeUpdate();
  }

  /** Adds the views and visitors a node counted ({@code target|week} keys). */
  void add(Map<String, LongAdder> views, Set<String> visitors) {
    Map<String, Long> bodies = new HashMap<>();
    for (var e : views.entrySet()) {
      String[] k = e.getKey().split("\\|");
      Long body = bodies.computeIfAbsent(k[0], self::bodyOf);
      if (body != null && body > 0) {
        if (self.addViews(body, k[1], e.getValue().sum()) == 0) {
          try {
            self.insertViews(body, k[1]);
          } catch (RuntimeException raced) {
            // another node inserted it first
          }
          self.addViews(body, k[1], e.getValue().sum());
        }
      }
    }
    for (String v : visitors) {
      String[] k = v.split("\\|");
      Long body = bodies.computeIfAbsent(k[0], self::bodyOf);
      if (body != null && body > 0) {
        try {
          self.insertVisitor(body, k[1], k[2]);
        } catch (RuntimeException seen) {
          // this visitor was counted this week already (another node or an earlier flush)
        }
      }
    }
  }

  /** The body a target belongs to, or -1 when there is none (a removed thread, a wrong slug). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long bodyOf(String target) {
    Optional<?> id;
    if (target.startsWith("thread:")) {
      long thread;
      try {
        thread = Long.parseLong(target.substring(7));
      } catch (NumberFormatException e) {
        return -1L;
      }
      id =
          em.createNativeQuery("select body_id from forum_thread where id = ?1")
              .setParameter(1, thread)
              .getResultStream()
              .findFirst();
    } else {
      id =
          em.createNativeQuery("select id from body where slug = ?1")
              .setParameter(1, target.substring(target.indexOf(':') + 1))
              .getResultStream()
              .findFirst();
    }
    return id.map(i -> ((Number) i).longValue()).orElse(-1L);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int addViews(long body, String week, long views) {
    return em.createNativeQuery(
            "update page_view_week set views = views + ?1 where body_id = ?2 and week = ?3")
        .setParameter(1, views)
        .setParameter(2, body)
        .setParameter(3, week)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insertViews(long body, String week) {
    em.createNativeQuery("insert into page_view_week (body_id, week, views) values (?1, ?2, 0)")
        .setParameter(1, body)
        .setParameter(2, week)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insertVisitor(long body, String week, String visitor) {
    em.createNativeQuery(
            "insert into page_visitor_week (body_id, week, visitor) select ?1, ?2, ?3"
                + " where not exists (select 1 from page_visitor_week"
                + " where body_id = ?1 and week = ?2 and visitor = ?3)")
        .setParameter(1, body)
        .setParameter(2, week)
        .setParameter(3, visitor)
        .executeUpdate();
  }
}
