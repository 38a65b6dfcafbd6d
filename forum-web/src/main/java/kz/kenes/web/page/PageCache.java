package kz.kenes.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Rendered pages for visitors who are not signed in (the same HTML for all of them), kept until
 * anything in the database changes. Every entity written through JPA bumps a generation — when it
 * is flushed and again when its transaction ends, so a page rendered from data read between the two
 * is never kept — and an entry of an older generation is not served. Writes are rare next to reads
 * on a community page, so one global generation keeps the rule simple and safe. At most {@value
 * #MAX_ENTRIES} pages are kept.
 */
@ApplicationScoped
public class PageCache {
  static final int MAX_ENTRIES = 256;
  private static final AtomicLong GENERATION = new AtomicLong();

  private record Entry(long generation, Representation page) {}

  private record Value(long generation, Object value) {}

  static final int MAX_VALUES = 10_000;

  private final Map<String, Entry> pages = new ConcurrentHashMap<>();
  private final Map<String, Value> values = new ConcurrentHashMap<>();

  /**
   * The page under {@code key} as UTF-8 bytes and gzipped (both once, not for every visitor),
   * rendered now unless a current one is kept.
   */
  public Representation get(String key, Supplier<String> render) {
    long generation = GENERATION.get();
    Entry kept = pages.get(key);
    if (kept != null && kept.generation() == generation) {
      return kept.page();
    }
    Representation page =
        Representation.of(render.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (pages.size() >= MAX_ENTRIES) {
      pages.clear();
    }
    pages.put(key, new Entry(generation, page));
    return page;
  }

  /**
   * A value read from the database (such as a member's unread count), remembered until anything is
   * written; at most {@value #MAX_VALUES} are kept.
   */
  @SuppressWarnings("unchecked")
  public <T> T remember(String key, Supplier<T> read) {
    long generation = GENERATION.get();
    Value kept = values.get(key);
    if (kept != null && kept.generation() == generation) {
      return (T) kept.value();
    }
    T value = read.get();
    if (values.size() >= MAX_VALUES) {
      values.clear();
    }
    values.put(key, new Value(generation, value));
    return value;
  }

  /** How many pages are kept now (for tests and the benchmark). */
  public int size() {
    return (int) pages.values().stream().filter(e -> e.generation() == GENERATION.get()).count();
  }

  static void changed() {
    GENERATION.incrementAndGet();
    lookupRegistry()
        .filter(r -> r.getTransactionStatus() == Status.STATUS_ACTIVE)
        .ifPresent(
            registry ->
                registry.registerInterposedSynchronization(
                    new Synchronization() {
                      @Override
                      public void beforeCompletion() {}

                      @Override
                      public void afterCompletion(int status) {
                        GENERATION.incrementAndGet();
                      }
                    }));
  }

  private static Optional<TransactionSynchronizationRegistry> lookupRegistry() {
    try {
      return Optional.of(
          (TransactionSynchronizationRegistry)
              new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry"));
    } catch (NamingException | RuntimeException noTransactions) {
      return Optional.empty();
    }
  }

  /** The default entity listener of the persistence unit (META-INF/orm.xml): any write counts. */
  public static class Changes {
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
      PageCache.changed();
    }
  }
}
