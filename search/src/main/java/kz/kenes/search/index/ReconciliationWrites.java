package kz.kenes.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.Thread;
import kz.kenes.search.index.SearchReconciliation.Difference;
import kz.kenes.search.index.SearchReconciliation.Kind;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** The transactions of {@link SearchReconciliation#repair}: a batch of documents, the audit row. */
@ApplicationScoped
class ReconciliationWrites {
  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /**
   * One transaction: the batch's indexing work (outbox events with outbox polling) commits
   * together.
   */
  @Transactional
  void apply(List<Difference> batch) {
    SearchSession session = Search.session(em);
    for (Difference d : batch) {
      Class<?> type = d.kind() == Kind.THREAD ? Thread.class : Post.class;
      Object entity = em.find(type, d.id());
      if (entity == null) {
        session.indexingPlan().purge(type, d.id(), null);
      } else {
        // the routing bridge decides: a document that should not be there is deleted
        session.indexingPlan().addOrUpdate(entity);
      }
    }
  }

  @Transactional
  void audited(Actor actor, int reindexed, int purged) {
    audit.record(
        actor,
        "search.repair",
        "search-index",
        "threads-posts",
        "reindexed " + reindexed + ", purged " + purged);
  }
}
