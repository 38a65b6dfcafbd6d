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
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.PostVisibility;
import kz.kenes.forum.thread.ThreadService;
import kz.kenes.search.index.SearchReconciliation;
import kz.kenes.search.index.SearchReconciliation.Difference;
import kz.kenes.search.index.SearchReconciliation.Kind;
import kz.kenes.search.index.SearchReconciliation.Report;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation on the real index (the default Lucene one; OpenSearchDownIT runs it on
 * OpenSearch): a public post whose document the index lacks is reported missing, a document left
 * for a post the public may no longer read is reported extra, and the repair makes the index equal
 * the database again. Only admins may ask. In the container: JUnit's assertions.
 */
@KenesIT(inContainer = true)
class SearchReconciliationIT {
  private static final String BODY = "akzhol-rural-district";
  private static final Actor ADMIN = new Actor("admin", "Admin", Set.of(Role.ADMIN));
  private static final Actor RESIDENT =
      new Actor(
          "it-recon-" + UUID.randomUUID().toString().substring(0, 8),
          "Reconciled Resident",
          Set.of(Role.RESIDENT));

  @Inject ThreadService threads;
  @Inject SearchReconciliation reconciliation;
  @PersistenceContext EntityManager em;
  @jakarta.annotation.Resource UserTransaction tx;

  @Test
  void aLostDocumentIsMissingAStrayOneIsExtraAndTheRepairMakesThemEqual() throws Exception {
    var opened =
        threads.open(RESIDENT, BODY, new NewThread("QUESTION", "Көше шамы", "Шам сөнді.", "ROADS"));
    long threadId = opened.thread().id();
    Post lost = threads.reply(RESIDENT, threadId, "Біздің көшеде де шам жоқ.", null);
    Post stray = threads.reply(RESIDENT, threadId, "Шам бағанасы құлап тұр.", null);
    Report before = reconciliation.reconcile(ADMIN);
    assertFalse(before.missing().contains(new Difference(Kind.POST, lost.id())));

    // JPQL bulk updates bypass indexing (the way an index drifts): one post hidden through the
    // entity (it leaves the index) and then shown by a bulk update is missing; one removed by a
    // bulk update stays in the index, extra
    moderate(lost.id(), PostVisibility.HIDDEN);
    bulk(lost.id(), PostVisibility.VISIBLE);
    bulk(stray.id(), PostVisibility.REMOVED);

    Report broken = reconciliation.reconcile(ADMIN);
    assertFalse(broken.consistent());
    assertTrue(broken.missing().contains(new Difference(Kind.POST, lost.id())), broken.toString());
    assertTrue(broken.extra().contains(new Difference(Kind.POST, stray.id())), broken.toString());
    assertEquals(
        broken.database().total() - broken.index().total(),
        broken.missingCount() - broken.extraCount());

    SearchReconciliation.Repair repair = reconciliation.repair(ADMIN);
    assertTrue(repair.reindexed() >= 1 && repair.purged() >= 1, repair.toString());

    Report after = reconciliation.reconcile(ADMIN);
    assertTrue(after.consistent(), after.toString());
    assertEquals(after.database(), after.index());
  }

  private void moderate(long postId, PostVisibility visibility) throws Exception {
    tx.begin();
    em.find(Post.class, postId).moderate(visibility, "it-reconciliation");
    tx.commit();
  }

  private void bulk(long postId, PostVisibility visibility) throws Exception {
    tx.begin();
    em.createQuery("update Post p set p.visibility = :v where p.id = :id")
        .setParameter("v", visibility)
        .setParameter("id", postId)
        .executeUpdate();
    tx.commit();
  }

  @Test
  void onlyAdminsMayAsk() {
    try {
      reconciliation.reconcile(RESIDENT);
    } catch (DomainException.Forbidden refused) {
      return;
    }
    throw new AssertionError("a resident read the reconciliation");
  }
}
