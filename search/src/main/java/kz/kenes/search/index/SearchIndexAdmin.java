package kz.kenes.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import kz.kenes.forum.platform.DatabaseMigrations;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.search.SearchLog;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;

/**
 * The index's life: its version, the mass reindex and the start-up reconciliation.
 *
 * <p>{@link #INDEX_VERSION} is bumped whenever the analysis or the documents change. It is kept in
 * a file beside the index; at start-up a different or missing version, or a missing clean-shutdown
 * mark (the previous run crashed, and changes committed to the database may not have reached the
 * index), starts a mass reindex. Hibernate Search's mass indexer adds documents rather than
 * replacing them, so a local index is emptied first and search answers 503 until the reindex is
 * done (a half-filled index would miss results silently; one not emptied would hold every document
 * twice).
 *
 * <p>With the Elasticsearch/OpenSearch backend (KENES_SEARCH_BACKEND=elasticsearch) there is no
 * local directory and the index is shared by every node: the version is kept in the database
 * ({@link SharedIndexState}, table {@code search_index_state}) and the node that finds it different
 * at start-up claims the rebuild under a row lock, drops and recreates the indexes (their analysis
 * or fields may have changed) and mass-indexes; the others leave it to that node. There is no
 * clean-shutdown mark: with outbox-polling coordination a change is in the outbox table in the same
 * transaction as the change itself, so a crash loses nothing.
 */
@ApplicationScoped
public class SearchIndexAdmin {
  /**
   * Bump when the analyzers, the fields or what is indexed change. 2: one multi-valued facet field
   * instead of four aggregable ones; no Russian field for Kazakh text; agentive nouns (-шы/-ші) and
   * short lemmas (шам, су) keep their stem. 5: the public faces of registered appeals (APPEAL). 6:
   * the Kazakh analyzer stacks readings, derivation nouns and verb stems on each word (ADR 0005,
   * "Kazakh recall"). 7: a finer sample bucket (id mod 64) for counting very common words. 8: the
   * facet field holds one value per document (body, category, type and status together). 9: the
   * conditional, intention and participle-with-case verb forms and nouns of -ла/-та verbs (ADR
   * 0005). 10: named by the id mod 16 sample bucket's commit, but never set here. 11: a thread
   * whose opening post is hidden or removed leaves the index with its posts, answer and appeals.
   * 12: Kazakh words also carry marked terms that keep ө/о, ү/ұ/у and і/ы apart for Cyrillic
   * queries, vowel-dropping stems (мұрны → мұрын) and compounds in one or two words (issue 17).
   */
  public static final int INDEX_VERSION = 12;

  static final String VERSION_FILE = "kenes-index-version";
  static final String CLEAN_MARK = "kenes-index-clean";
  static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";
  static final String BACKEND_TYPE = "hibernate.search.backend.type";

  @PersistenceUnit EntityManagerFactory emf;

  @jakarta.inject.Inject SharedIndexState shared;

  /** The state of the last or current reindex. */
  public record ReindexState(
      boolean running,
      String reason,
      Instant startedAt,
      Instant finishedAt,
      Long durationMillis,
      String outcome,
      int indexVersion) {}

  private final AtomicReference<ReindexState> state =
      new AtomicReference<>(new ReindexState(false, null, null, null, null, null, INDEX_VERSION));

  /** Whether the index has been complete at least once; while not, search answers 503. */
  private volatile boolean complete = true;

  void onSchemaReady(@Observes DatabaseMigrations.SchemaReady ready) {
    if (sharedIndex()) {
      shared
          .claimRebuild(INDEX_VERSION)
          .ifPresent(
              claim -> {
                if (claim.storedVersion() == null) {
                  complete = false;
                }
                start(claim.reason(), true);
              });
      return;
    }
    Optional<Path> root = root();
    if (root.isEmpty()) {
      return;
    }
    Integer stored = readVersion(root.get());
    Path mark = root.get().resolve(CLEAN_MARK);
    boolean clean = Files.exists(mark);
    try {
      Files.deleteIfExists(mark);
    } catch (IOException e) {
      SearchLog.LOG.cleanMarkNotRemoved(LogText.escape(String.valueOf(e)));
    }
    if (stored == null) {
      start("first start: no index version");
    } else if (stored != INDEX_VERSION) {
      start("index version " + stored + " → " + INDEX_VERSION);
    } else if (!clean) {
      start("reconciling after an unclean shutdown");
    }
  }

  void onShutdown(@Observes @Destroyed(ApplicationScoped.class) Object ignored) {
    if (sharedIndex()) {
      return;
    }
    root()
        .filter(r -> !state.get().running() && complete)
        .ifPresent(
            r -> {
              try {
                Files.writeString(r.resolve(CLEAN_MARK), Instant.now().toString());
              } catch (IOException e) {
                SearchLog.LOG.cleanMarkNotWritten(LogText.escape(String.valueOf(e)));
              }
            });
  }

  /** 503 while the index has never been complete (its first build is running). */
  public void requireAnswering() {
    if (!complete) {
      throw new kz.kenes.search.query.SearchUnavailable();
    }
  }

  public ReindexState state() {
    return state.get();
  }

  /** An admin's reindex: starts one unless one is running; returns the state. */
  public ReindexState reindex(kz.kenes.forum.platform.Actor actor) {
    actor.require(kz.kenes.forum.platform.Role.ADMIN);
    start("requested by an admin");
    return state.get();
  }

  /** Starts a mass reindex of every indexed entity unless one runs; returns whether it started. */
  public boolean start(String reason) {
    return start(reason, false);
  }

  /**
   * Starts a mass reindex unless one runs; {@code rebuild} drops and recreates the indexes first (a
   * shared index of another version: its analysis or fields may differ).
   */
  synchronized boolean start(String reason, boolean rebuild) {
    if (state.get().running()) {
      return false;
    }
    Instant started = Instant.now();
    state.set(new ReindexState(true, reason, started, null, null, null, INDEX_VERSION));
    SearchLog.LOG.reindexStarted(reason);
    // The mass indexer adds documents: a local Lucene index must be emptied first or it would hold
    // every document twice, and while it is refilled search answers 503 rather than miss results
    // silently. A shared index overwrites each document by its id, so it keeps answering.
    boolean local = !sharedIndex();
    if (local) {
      complete = false;
    }
    MassIndexer indexer =
        Search.mapping(emf)
            .scope(Object.class)
            .massIndexer()
            .purgeAllOnStart(local)
            // one segment per local index: a query then opens each term once, not once per
            // segment (a common word's search allocated ~5 MB over 27 segments); OpenSearch
            // merges a shared index, which keeps taking writes, by its own policy
            .mergeSegmentsOnFinish(local)
            .dropAndCreateSchemaOnStart(rebuild)
            .typesToIndexInParallel(2)
            .threadsToLoadObjects(Integer.getInteger("kenes.search.reindex.threads", 2))
            .batchSizeToLoadObjects(200)
            .idFetchSize(1000)
            // the identifiers of a type are read in one transaction that lasts as long as that
            // type's reindex: WildFly's 300 s default ended 5,000,000 posts at 21 %
            .transactionTimeout(
                Integer.parseInt(Settings.value(Setting.KENES_SEARCH_REINDEX_TIMEOUT)));
    indexer
        .start()
        .whenComplete(
            (ok, failure) -> {
              Instant finished = Instant.now();
              long millis = Duration.between(started, finished).toMillis();
              if (failure == null) {
                if (sharedIndex()) {
                  shared.rebuilt(INDEX_VERSION);
                } else {
                  root().ifPresent(SearchIndexAdmin::writeVersion);
                }
                complete = true;
                SearchLog.LOG.reindexDone(millis);
              } else {
                if (rebuild && sharedIndex()) {
                  // the next node to start claims the rebuild again
                  shared.released();
                }
                SearchLog.LOG.reindexFailed(millis, LogText.types(failure));
              }
              state.set(
                  new ReindexState(
                      false,
                      reason,
                      started,
                      finished,
                      millis,
                      failure == null ? "DONE" : "FAILED",
                      INDEX_VERSION));
            });
    return true;
  }

  /** Whether the index is a shared Elasticsearch/OpenSearch one rather than a local Lucene one. */
  boolean sharedIndex() {
    return "elasticsearch".equals(String.valueOf(emf.getProperties().get(BACKEND_TYPE)).strip());
  }

  private Optional<Path> root() {
    Object root = emf.getProperties().get(DIRECTORY_ROOT);
    if (root == null) {
      SearchLog.LOG.noIndexDirectory(DIRECTORY_ROOT);
      return Optional.empty();
    }
    Path path = Path.of(root.toString());
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      SearchLog.LOG.indexDirectoryNotCreated(LogText.escape(String.valueOf(e)));
    }
    return Optional.of(path);
  }

  static Integer readVersion(Path root) {
    Path file = root.resolve(VERSION_FILE);
    try {
      return Files.exists(file) ? Integer.valueOf(Files.readString(file).strip()) : null;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  static void writeVersion(Path root) {
    try {
      Files.writeString(
          root.resolve(VERSION_FILE), Integer.toString(INDEX_VERSION), StandardCharsets.UTF_8);
    } catch (IOException e) {
      SearchLog.LOG.indexVersionNotWritten(LogText.escape(String.valueOf(e)));
    }
  }
}
