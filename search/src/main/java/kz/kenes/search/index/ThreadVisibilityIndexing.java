package kz.kenes.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.kenes.forum.thread.OfficialAnswer;
import kz.kenes.forum.thread.OpeningPostModerated;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.ThreadAppeal;
import org.hibernate.search.mapper.orm.Search;

/**
 * When an opening post is hidden or shown, the documents that copy its thread (its posts, official
 * answer and appeals; their association to the thread is followed SHALLOW) are reindexed in the
 * same transaction, so they leave or return to the index with the thread at commit.
 */
@ApplicationScoped
public class ThreadVisibilityIndexing {
  @PersistenceContext EntityManager em;

  void onOpeningPostModerated(
      @Observes(during = TransactionPhase.IN_PROGRESS) OpeningPostModerated event) {
    var plan = Search.session(em).indexingPlan();
    for (Class<?> type : new Class<?>[] {Post.class, OfficialAnswer.class, ThreadAppeal.class}) {
      em.createQuery("select x from " + type.getSimpleName() + " x where x.thread.id = :t", type)
          .setParameter("t", event.threadId())
          .getResultList()
          .forEach(plan::addOrUpdate);
    }
  }
}
