package kz.kenes.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.PostVisibility;
import kz.kenes.forum.thread.Thread;
import kz.kenes.search.SearchLog;
import kz.kenes.search.query.SearchUnavailable;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;

/**
 * Compares the index with the database: the ids of the threads and posts the public may read (what
 * the routing bridges index: a thread whose opening post is not hidden; a post that is visible, not
 * withdrawn, on such a thread) against the ids the index holds. Works the same on the local Lucene
 * index and on OpenSearch (a scroll over the index's ids).
 *
 * <p>Indexing runs after the commit (within about a second with outbox polling): while writes go
 * on, the newest ids may show as missing for a moment. A difference that stays is a fault; {@link
 * #repair} re-enqueues the missing documents and deletes the extra ones through Hibernate Search's
 * indexing plan (with outbox polling: events written in the repair's transaction, indexed by
 * whichever node processes them).
 */
@ApplicationScoped
public class SearchReconciliation {
  /** Ids listed at most in each of {@code missing} and {@code extra}; the counts are exact. */
  public static final int LISTED = 100;

  /** Documents one repair fixes at most; more differences call for a reindex. */
  public static final int REPAIR_MAX = 10_000;

  static final int CHUNK = 5_000;
  static final int REPAIR_BATCH = 500;

  @PersistenceContext EntityManager em;
  @Inject SearchIndexAdmin admin;
  @Inject ReconciliationWrites writes;
  @Inject Clock clock;

  /** What is indexed, by kind. */
  public enum Kind {
    THREAD,
    POST
  }

  /** One document in one place and not in the other. */
  public record Difference(Kind kind, long id) {}

  /** Counts of one side. */
  public record Counts(long threads, long posts, long total) {
    static Counts of(long threads, long posts) {
      return new Counts(threads, posts, threads + posts);
    }
  }

  /**
   * The comparison: counts on each side, the differences counted exactly and listed up to {@value
   * #LISTED} each; {@code consistent} when the index holds exactly what the database says it
   * should.
   */
  public record Report(
      Instant checkedAt,
      boolean consistent,
      Counts database,
      Counts index,
      long missingCount,
      long extraCount,
      List<Difference> missing,
      List<Difference> extra) {}

  /** What a repair did: the report it started from, documents re-enqueued and deleted. */
  public record Repair(Report before, int reindexed, int purged, long left) {}

  /** Admins only; 503 while the index cannot be read (rebuilding from scratch, OpenSearch down). */
  public Report reconcile(Actor actor) {
    actor.require(Role.ADMIN);
    return compare(LISTED).report();
  }

  /** Re-enqueues the missing documents and deletes the extra ones, up to {@value #REPAIR_MAX}. */
  public Repair repair(Actor actor) {
    actor.require(Role.ADMIN);
    Comparison found = compare(LISTED);
    List<Difference> fix = new ArrayList<>();
    addAll(fix, Kind.THREAD, found.threads().missing(), REPAIR_MAX);
    addAll(fix, Kind.POST, found.posts().missing(), REPAIR_MAX);
    int reindexed = fix.size();
    addAll(fix, Kind.THREAD, found.threads().extra(), REPAIR_MAX);
    addAll(fix, Kind.POST, found.posts().extra(), REPAIR_MAX);
    int purged = fix.size() - reindexed;
    for (int from = 0; from < fix.size(); from += REPAIR_BATCH) {
      writes.apply(fix.subList(from, Math.min(from + REPAIR_BATCH, fix.size())));
    }
    Report before = found.report();
    long left = before.missingCount() + before.extraCount() - fix.size();
    writes.audited(actor, reindexed, purged);
    SearchLog.LOG.reconciliationRepaired(reindexed, purged, left);
    return new Repair(before, reindexed, purged, left);
  }

  private static void addAll(List<Difference> into, Kind kind, long[] ids, int max) {
    for (int i = 0; i < ids.length && into.size() < max; i++) {
      into.add(new Difference(kind, ids[i]));
    }
  }

  record Comparison(Instant at, Diff threads, Diff posts) {
    Report report() {
      List<Difference> missing = new ArrayList<>();
      addAll(missing, Kind.THREAD, threads.missing(), LISTED);
      addAll(missing, Kind.POST, posts.missing(), LISTED);
      List<Difference> extra = new ArrayList<>();
      addAll(extra, Kind.THREAD, threads.extra(), LISTED);
      addAll(extra, Kind.POST, posts.extra(), LISTED);
      long missingCount = threads.missing().length + posts.missing().length;
      long extraCount = threads.extra().length + posts.extra().length;
      return new Report(
          at,
          missingCount == 0 && extraCount == 0,
          Counts.of(threads.database(), posts.database()),
          Counts.of(threads.index(), posts.index()),
          missingCount,
          extraCount,
          missing,
          extra);
    }
  }

  Comparison compare(int listed) {
    admin.requireAnswering();
    Instant at = clock.instant();
    long[] dbThreads =
        databaseIds(
            "select t.id from Thread t where t.hidden = false and t.id > :after order by t.id");
    long[] dbPosts =
        databaseIds(
            "select p.id from Post p where p.visibility = :visible and p.withdrawnAt is null"
                + " and p.thread.hidden = false and p.id > :after order by p.id");
    long[] ixThreads = indexIds(Thread.class);
    long[] ixPosts = indexIds(Post.class);
    return new Comparison(at, Diff.of(dbThreads, ixThreads), Diff.of(dbPosts, ixPosts));
  }

  /** The ids, ascending, read in slices by id so that no slice is large. */
  private long[] databaseIds(String jpql) {
    long[] ids = new long[1024];
    int size = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      var query = em.createQuery(jpql, Long.class).setParameter("after", after);
      if (jpql.contains(":visible")) {
        query.setParameter("visible", PostVisibility.VISIBLE);
      }
      List<Long> slice = query.setMaxResults(CHUNK).getResultList();
      for (Long id : slice) {
        if (size == ids.length) {
          ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
      }
      if (slice.size() < CHUNK) {
        return Arrays.copyOf(ids, size);
      }
      after = slice.get(slice.size() - 1);
    }
  }

  /** Every id of the type's index, ascending. */
  private long[] indexIds(Class<?> type) {
    long[] ids = new long[1024];
    int size = 0;
    try (SearchScroll<Long> scroll =
        Search.session(em)
            .search(type)
            .select(f -> f.id(Long.class))
            .where(f -> f.matchAll())
            .scroll(CHUNK)) {
      for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
        for (Long id : chunk.hits()) {
          if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
          }
          ids[size++] = id;
        }
      }
    } catch (SearchException failure) {
      if (SearchUnavailable.unreachable(failure)) {
        SearchLog.LOG.indexUnreachable(kz.kenes.forum.platform.LogText.types(failure));
        throw new SearchUnavailable();
      }
      throw failure;
    }
    long[] found = Arrays.copyOf(ids, size);
    Arrays.sort(found);
    return found;
  }

  /** One kind compared: counts on each side and the ids on one side only, ascending. */
  record Diff(long database, long index, long[] missing, long[] extra) {
    /** Compares two ascending id lists (duplicates in the index count as extra). */
    static Diff of(long[] database, long[] index) {
      long[] missing = new long[database.length];
      long[] extra = new long[index.length];
      int m = 0;
      int e = 0;
      int i = 0;
      int j = 0;
      while (i < database.length || j < index.length) {
        if (j == index.length || (i < database.length && database[i] < index[j])) {
          missing[m++] = database[i++];
        } else if (i == database.length || index[j] < database[i]) {
          extra[e++] = index[j++];
        } else {
          long id = database[i];
          i++;
          j++;
          while (j < index.length && index[j] == id) {
            extra[e++] = index[j++];
          }
        }
      }
      return new Diff(
          database.length, index.length, Arrays.copyOf(missing, m), Arrays.copyOf(extra, e));
    }
  }
}
