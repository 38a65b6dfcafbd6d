package kz.kenes.forum.metrics;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;

/**
 * Page views and reach of bodies' pages, counted without cookies or personal data: a view is
 * counted in memory on the node that served it (whether the page came from the page cache or not),
 * and every few seconds the node adds its counts to the database with plain SQL ({@link
 * PageViewStore}), never through JPA entities, so counting never empties the page cache. A visitor
 * is a hash of address and browser with the day's salt, which lives in the database (all nodes
 * agree) and is replaced every day, so that a visitor cannot be followed from one day to the next.
 */
@ApplicationScoped
public class PageViews {
  static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
  static final long FLUSH_SECONDS = 5;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PageViewStore store;
  @Inject Clock clock;

  /** What this node counted since its last flush: target|week → views, and visitor keys. */
  private volatile Map<String, LongAdder> views = new ConcurrentHashMap<>();

  private volatile Set<String> visitors = ConcurrentHashMap.newKeySet();
  private volatile ScheduledFuture<?> job;

  void start(@Observes SchemaReady ready) {
    job =
        scheduler.scheduleWithFixedDelay(
            this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
  }

  /** Stops counting, and keeps what this node counted since its last flush. */
  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
      flush();
    }
  }

  /**
   * Counts one view of a target ({@code body:<slug>} or {@code thread:<id>}) by the client at
   * {@code address} with {@code agent}; neither is kept.
   */
  public void viewed(String target, String address, String agent) {
    LocalDate day = Instant.now(clock).atZone(ZONE).toLocalDate();
    Today known = today;
    if (known == null || !known.day().equals(day)) {
      known = new Today(day, week(day));
      today = known;
    }
    String week = known.week();
    views.computeIfAbsent(target + "|" + week, k -> new LongAdder()).increment();
    visitors.add(target + "|" + week + "|" + visitor(store.salt(day), address, agent));
  }

  /** The day of the last view and its ISO week, worked out once a day rather than per view. */
  private record Today(LocalDate day, String week) {}

  private volatile Today today;

  /** Adds what was counted to the database; what fails is counted again next time. */
  public void flush() {
    Map<String, LongAdder> counted = views;
    Set<String> seen = visitors;
    views = new ConcurrentHashMap<>();
    visitors = ConcurrentHashMap.newKeySet();
    try {
      store.add(counted, seen);
    } catch (RuntimeException failed) {
      counted.forEach((k, v) -> views.computeIfAbsent(k, x -> new LongAdder()).add(v.sum()));
      visitors.addAll(seen);
    }
  }

  static String week(Instant at) {
    return week(at.atZone(ZONE).toLocalDate());
  }

  private static String week(LocalDate day) {
    return String.format(
        "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The visitor's key for the day: 32 hex digits of SHA-256(salt, address, agent). */
  static String visitor(String salt, String address, String agent) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(agent).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
