package kz.kenes.moderation.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.member.Scope;

/** Review items, their flags and history. */
@ApplicationScoped
public class ReviewRepository {
  private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

  @PersistenceContext EntityManager em;

  /**
   * An item with its body, and its post with the post's author and thread and the thread's body, or
   * its question with the asker and the session.
   */
  private jakarta.persistence.EntityGraph<ReviewItem> graph() {
    var graph = em.createEntityGraph(ReviewItem.class);
    var post = graph.addSubgraph("post");
    post.addAttributeNodes("author");
    post.addSubgraph("thread").addAttributeNodes("body");
    var question = graph.addSubgraph("question");
    question.addAttributeNodes("asker", "session");
    graph.addAttributeNodes("body");
    return graph;
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public Optional<ReviewItem> find(long id) {
    return em.createQuery("select i from ReviewItem i where i.id = :id", ReviewItem.class)
        .setParameter("id", id)
        .setHint(FETCH_GRAPH, graph())
        .getResultStream()
        .findFirst();
  }

  public Optional<ReviewItem> forPost(long postId) {
    return em.createQuery("select i from ReviewItem i where i.post.id = :p", ReviewItem.class)
        .setParameter("p", postId)
        .setHint(FETCH_GRAPH, graph())
        .getResultStream()
        .findFirst();
  }

  public Optional<ReviewItem> forQuestion(long questionId) {
    return em.createQuery("select i from ReviewItem i where i.question.id = :q", ReviewItem.class)
        .setParameter("q", questionId)
        .setHint(FETCH_GRAPH, graph())
        .getResultStream()
        .findFirst();
  }

  public boolean flaggedInRound(ReviewItem item, long memberId) {
    return !em.createQuery(
            "select f.id from Flag f where f.item = :i and f.round = :r and f.flagger.id = :m",
            Long.class)
        .setParameter("i", item)
        .setParameter("r", item.round())
        .setParameter("m", memberId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The flags of the item's current round, newest first. */
  public List<Flag> flags(ReviewItem item) {
    return em.createQuery(
            "select f from Flag f where f.item = :i and f.round = :r order by f.id desc",
            Flag.class)
        .setParameter("i", item)
        .setParameter("r", item.round())
        .getResultList();
  }

  /** The current round's flags of several items, newest first. */
  public List<Flag> flags(Collection<ReviewItem> items) {
    return em.createQuery(
            "select f from Flag f join f.item i where i in :items and f.round = i.round"
                + " order by f.id desc",
            Flag.class)
        .setParameter("items", items)
        .getResultList();
  }

  /** The history of several items, oldest first. */
  public List<ReviewEvent> history(Collection<ReviewItem> items) {
    return em.createQuery(
            "select e from ReviewEvent e where e.item in :items order by e.id", ReviewEvent.class)
        .setParameter("items", items)
        .getResultList();
  }

  public List<ReviewEvent> history(ReviewItem item) {
    return em.createQuery(
            "select e from ReviewEvent e where e.item = :i order by e.id", ReviewEvent.class)
        .setParameter("i", item)
        .getResultList();
  }

  /**
   * One page of the queue: items of the bodies in scope in this status, oldest change first so that
   * nothing waits forever.
   */
  public List<ReviewItem> queue(Scope scope, ReviewStatus status, int offset, int limit) {
    Optional<Set<Long>> bodyIds = scope.bodyIds();
    String jpql =
        "select i from ReviewItem i where i.status = :s"
            + (bodyIds.isEmpty() ? "" : " and i.body.id in :b")
            + " order by i.updatedAt, i.id";
    var query =
        em.createQuery(jpql, ReviewItem.class)
            .setParameter("s", status)
            .setHint(FETCH_GRAPH, graph())
            .setFirstResult(offset)
            .setMaxResults(limit);
    bodyIds.ifPresent(ids -> query.setParameter("b", ids));
    return query.getResultList();
  }

  public long count(Scope scope, ReviewStatus status) {
    Optional<Set<Long>> bodyIds = scope.bodyIds();
    String jpql =
        "select count(i) from ReviewItem i where i.status = :s"
            + (bodyIds.isEmpty() ? "" : " and i.body.id in :b");
    var query = em.createQuery(jpql, Long.class).setParameter("s", status);
    bodyIds.ifPresent(ids -> query.setParameter("b", ids));
    return query.getSingleResult();
  }
}
