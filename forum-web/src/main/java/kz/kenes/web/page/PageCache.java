package kz.kenes.web.page;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import kz.kenes.forum.platform.ReadCache;
import kz.kenes.web.WebLog;

/**
 * Rendered pages for visitors who are not signed in (the same HTML for all of them), kept until
 * anything in the database changes. Every entity written through JPA replaces the generation — when
 * it is flushed and again when its transaction ends, so a page rendered from data read between the
 * two is never kept — and an entry of another generation is not served. Writes are rare next to
 * reads on a community page, so one global generation keeps the rule simple and safe. At most
 * {@value #MAX_ENTRIES} pages are kept.
 *
 * <p>The generation lives in the cluster's replicated cache {@code kenes/page-generation}
 * (Infinispan, docs/adr/0009): a write on any node puts a new value, synchronously on every node,
 * so no node serves a page older than the last write. The pages themselves stay on their node. If
 * the put fails (the cluster is splitting), this node drops its own pages and the write goes on.
 *
 * <p>A page or value may also be kept for a limited time only ({@code maxAge}): the monitoring
 * shows page-view counters written with plain SQL (which must not empty the cache) and figures that
 * depend on the time, so it is read again at least once a minute: by the first request after the
 * minute, while the others are answered from the entry it replaces.
 */
@ApplicationScoped
public class PageCache implements ReadCache {
  static final int MAX_ENTRIES = 256;
  static final int MAX_VALUES = 10_000;
  static final String GENERATION = "generation";

  private record Value(long generation, long at, Object value) {}

  @Resource(lookup = "java:jboss/infinispan/cache/kenes/page-generation")
  ConcurrentMap<String, Long> generations;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<String, Value> pages = new ConcurrentHashMap<>();
  private final Map<String, Value> values = new ConcurrentHashMap<>();

  /** The keys of pages and values being read again because they grew old, by one request each. */
  private final java.util.Set<String> refreshing = ConcurrentHashMap.newKeySet();

  private final LongSupplier nanos;

  /** In the server, with the cluster's generation. */
  public PageCache() {
    this.nanos = System::nanoTime;
  }

  /** On a generation map of one's own (unit tests: a map per simulated node or one shared). */
  PageCache(ConcurrentMap<String, Long> generations) {
    this(generations, System::nanoTime);
  }

  /** With a clock of one's own (unit tests of {@code maxAge}), in nanoseconds. */
  PageCache(ConcurrentMap<String, Long> generations, LongSupplier nanos) {
    this.generations = generations;
    this.nanos = nanos;
  }

  /**
   * The value under {@code key} in {@code kept}, read now unless a current one is there. After a
   * write (another generation) every request reads it again: nothing older than the write may be
   * served. When it has only grown older than {@code maxAge}, one request reads it again and the
   * others keep getting the old one meanwhile, rather than all of them reading the same figures at
   * once at the turn of each minute.
   */
  @SuppressWarnings("unchecked")
  private <T> T kept(
      Map<String, Value> kept, int max, String key, Duration maxAge, Supplier<T> read) {
    long generation = generation();
    long at = nanos.getAsLong();
    Value found = kept.get(key);
    String refresh = null;
    if (found != null && found.generation() == generation) {
      if (maxAge == null || at - found.at() < maxAge.toNanos()) {
        return (T) found.value();
      }
      refresh = kept == pages ? "page:" + key : "value:" + key;
      if (!refreshing.add(refresh)) {
        return (T) found.value();
      }
    }
    try {
      T value = read.get();
      if (kept.size() >= max) {
        kept.clear();
      }
      kept.put(key, new Value(generation, at, value));
      return value;
    } finally {
      if (refresh != null) {
        refreshing.remove(refresh);
      }
    }
  }

  /**
   * The page under {@code key} as UTF-8 bytes and gzipped (both once, not for every visitor),
   * rendered now unless a current one is kept.
   */
  public Representation get(String key, Supplier<byte[]> render) {
    return get(key, null, render);
  }

  /** As {@link #get(String, Supplier)}, rendered again when older than {@code maxAge}. */
  public Representation get(String key, Duration maxAge, Supplier<byte[]> render) {
    return kept(pages, MAX_ENTRIES, key, maxAge, () -> Representation.of(render.get()));
  }

  /**
   * A value read from the database (such as a member's unread count), remembered until anything is
   * written; at most {@value #MAX_VALUES} are kept.
   */
  public <T> T remember(String key, Supplier<T> read) {
    return remember(key, null, read);
  }

  @Override
  public <T> T remember(String key, Duration maxAge, Supplier<T> read) {
    return kept(values, MAX_VALUES, key, maxAge, read);
  }

  /** How many pages are kept now (for tests and the benchmark). */
  public int size() {
    long generation = generation();
    return (int) pages.values().stream().filter(e -> e.generation() == generation).count();
  }

  private long generation() {
    Long generation = generations.get(GENERATION);
    return generation == null ? 0 : generation;
  }

  /** Something was written: every node's pages and values of the current generation are stale. */
  void changed() {
    long next;
    do {
      next = ThreadLocalRandom.current().nextLong();
    } while (next == 0 || next == generation());
    try {
      generations.put(GENERATION, next);
    } catch (RuntimeException clusterTrouble) {
      pages.clear();
      values.clear();
      WebLog.LOG.pageGenerationNotShared(clusterTrouble.getClass().getName());
    }
  }

  /** Marks a change now and again when the current transaction ends. */
  void changedInTransaction() {
    TransactionSynchronizationRegistry registry = transactions;
    changed();
    if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              changed();
            }
          });
    }
  }

  /**
   * Created with the application, on a managed thread, so that its resources are looked up where
   * {@code java:comp} exists (never first on a thread of Hibernate Search's outbox processor).
   */
  void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
    generation();
  }

  /**
   * Whether a written entity is one of Kenes' own: Hibernate Search's outbox and agent rows,
   * written by its own threads while indexing, change no page.
   */
  static boolean shownOnPages(Object entity) {
    return entity.getClass().getName().startsWith("kz.kenes.");
  }

  /**
   * The default entity listener of the persistence unit (META-INF/orm.xml): any write of a Kenes
   * entity counts.
   */
  public static class Changes {
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
      if (shownOnPages(entity)) {
        CDI.current().select(PageCache.class).get().changedInTransaction();
      }
    }
  }
}
