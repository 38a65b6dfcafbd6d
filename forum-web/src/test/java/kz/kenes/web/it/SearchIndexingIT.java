package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import java.util.UUID;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.PostVisibility;
import kz.kenes.forum.thread.ThreadService;
import kz.kenes.search.query.SearchRequest;
import kz.kenes.search.query.SearchResults;
import kz.kenes.search.query.SearchService;
import org.junit.jupiter.api.Test;

/**
 * Indexing inside the container: what moderation hides or removes and what the author withdraws
 * leaves the index within a second; what a rolled-back transaction wrote never reaches it.
 */
@KenesIT(inContainer = true)
class SearchIndexingIT {
  @Inject ThreadService threads;
  @Inject SearchService search;
  @PersistenceContext EntityManager em;
  @jakarta.annotation.Resource UserTransaction tx;

  private static final String BODY = "akzhol-rural-district";
  private static final Actor RESIDENT =
      new Actor(
          "it-search-" + UUID.randomUUID().toString().substring(0, 8),
          "Search Resident",
          Set.of(Role.RESIDENT));

  @Test
  void aHiddenOrRemovedPostLeavesTheResultsWithinASecondAndComesBackWhenShownAgain()
      throws Exception {
    String marker = marker();
    var opened =
        threads.open(
            RESIDENT,
            BODY,
            new NewThread("QUESTION", "Жолдар туралы сұрақ", "Сұрақ бар.", "ROADS"));
    long threadId = opened.thread().id();
    Post reply =
        threads.reply(RESIDENT, threadId, "Ауылымыздағы жолдарды жөндеу керек " + marker, null);
    assertTrue(found("auyl jol " + marker, reply.id()));

    for (PostVisibility hidden :
        new PostVisibility[] {PostVisibility.HIDDEN, PostVisibility.REMOVED}) {
      moderate(reply.id(), hidden);
      long since = System.currentTimeMillis();
      assertFalse(found("auyl jol " + marker, reply.id()), hidden + " post still found");
      assertTrue(System.currentTimeMillis() - since < 1_000);

      moderate(reply.id(), PostVisibility.VISIBLE);
      assertTrue(found("жолдары " + marker, reply.id()), "shown again but not found");
    }
  }

  @Test
  void aWithdrawnPostLeavesTheResults() {
    String marker = marker();
    var opened =
        threads.open(
            RESIDENT, BODY, new NewThread("DISCUSSION", "Мектеп туралы", "Мектеп.", "EDUCATION"));
    Post reply =
        threads.reply(RESIDENT, opened.thread().id(), "Мектебіміздің шатыры ағады " + marker, null);
    assertTrue(found("mektep " + marker, reply.id()));

    threads.withdraw(RESIDENT, reply.id());

    assertFalse(found("mektep " + marker, reply.id()));
  }

  @Test
  void nothingIsIndexedForARolledBackTransaction() throws Exception {
    String marker = marker();
    tx.begin();
    var opened =
        threads.open(
            RESIDENT,
            BODY,
            new NewThread("PROPOSAL", "Көпір салу " + marker, "Көпір керек " + marker, "ROADS"));
    long threadId = opened.thread().id();
    em.flush();
    tx.rollback();

    SearchResults results = search.search(new SearchRequest(marker, null, null, null, null, null));
    assertEquals(0, results.total(), "a rolled-back thread " + threadId + " was indexed");

    // the same thing committed is found: the check above can fail
    var committed =
        threads.open(
            RESIDENT,
            BODY,
            new NewThread("PROPOSAL", "Көпір салу " + marker, "Көпір керек " + marker, "ROADS"));
    SearchResults after = search.search(new SearchRequest(marker, null, null, null, null, null));
    assertEquals(2, after.total()); // the thread (title) and its opening post
    assertTrue(after.hits().stream().allMatch(h -> h.threadId() == committed.thread().id()));
  }

  private void moderate(long postId, PostVisibility visibility) throws Exception {
    tx.begin();
    em.find(Post.class, postId).moderate(visibility, "it-search");
    tx.commit();
  }

  private boolean found(String q, long postId) {
    return search.search(new SearchRequest(q, BODY, null, null, null, null)).hits().stream()
        .anyMatch(h -> h.kind().name().equals("POST") && h.id() == postId);
  }

  private static String marker() {
    return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
