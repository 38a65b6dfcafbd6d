package kz.kenes.forum.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.body.Body;

/**
 * Confirmed information cards and their attachments to threads, as stored. Every read fetches the
 * body and the official with the card, because pages render cards outside any transaction.
 */
@ApplicationScoped
public class ClaimReviewRepository {
  private static final String CARD_WITH_VIEW_DATA =
      "select c from ClaimReview c join fetch c.body join fetch c.official";

  @PersistenceContext EntityManager em;

  public void add(ClaimReview card) {
    em.persist(card);
  }

  public Optional<ClaimReview> find(long id) {
    return em.createQuery(CARD_WITH_VIEW_DATA + " where c.id = :id", ClaimReview.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** A body's own cards, newest first. */
  public List<ClaimReview> forBody(Body body, int limit) {
    return em.createQuery(
            CARD_WITH_VIEW_DATA + " where c.body = :body order by c.createdAt desc, c.id desc",
            ClaimReview.class)
        .setParameter("body", body)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The cards attached to a thread, newest first. */
  public List<ClaimReview> forThread(long threadId) {
    return em.createQuery(
            CARD_WITH_VIEW_DATA
                + " where c.id in (select a.id.claimReviewId from ThreadClaimReview a"
                + " where a.id.threadId = :thread) order by c.createdAt desc, c.id desc",
            ClaimReview.class)
        .setParameter("thread", threadId)
        .getResultList();
  }

  public boolean isAttached(long threadId, long cardId) {
    return em.find(ThreadClaimReview.class, new ThreadClaimReviewId(threadId, cardId)) != null;
  }

  public void attach(ThreadClaimReview attachment) {
    em.persist(attachment);
  }
}
