package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.member.Scope;

/** Appeals, their steps, applicants' data and registration sequences. */
@ApplicationScoped
public class AppealRepository {
  private static final String FETCH =
      "select a from Appeal a join fetch a.body left join fetch a.thread left join fetch a.applicant"
          + " left join fetch a.executor left join fetch a.redirectedTo";

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public Optional<Appeal> find(long id) {
    return em.createQuery(FETCH + " where a.id = :id", Appeal.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The complaint already made about an appeal, if any. */
  public Optional<Appeal> complaintAbout(Appeal appeal) {
    return em.createQuery(FETCH + " where a.complaintOf = :a", Appeal.class)
        .setParameter("a", appeal)
        .getResultStream()
        .findFirst();
  }

  /** The appeal escalated from this post (not one it was redirected into or a complaint). */
  public Optional<Appeal> escalatedFrom(long postId) {
    return em.createQuery(
            FETCH + " where a.post.id = :p and a.redirectedFrom is null and a.complaintOf is null",
            Appeal.class)
        .setParameter("p", postId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The appeals operators took at intake since {@code since} for the bodies in scope, newest first.
   */
  public List<Appeal> takenSince(Scope scope, Instant since) {
    return ofBodies(scope, "a.takenBy is not null and a.createdAt >= :since", "a.id desc")
        .setParameter("since", since)
        .getResultList();
  }

  /** Up to 500 appeals of the bodies in scope that satisfy {@code where}, in this order. */
  private TypedQuery<Appeal> ofBodies(Scope scope, String where, String order) {
    Optional<Set<Long>> bodyIds = scope.bodyIds();
    String jpql =
        FETCH
            + " where "
            + where
            + (bodyIds.isEmpty() ? "" : " and a.body.id in :b")
            + " order by "
            + order;
    TypedQuery<Appeal> query = em.createQuery(jpql, Appeal.class).setMaxResults(500);
    bodyIds.ifPresent(ids -> query.setParameter("b", ids));
    return query;
  }

  /** Appeals taken for the phone with this keyed hash that nobody has claimed yet. */
  public List<Appeal> unclaimed(String phoneHash) {
    return em.createQuery(
            FETCH
                + " where a.applicant is null and a.id in"
                + " (select p.appealId from AppealApplicant p where p.phoneHash = :h)"
                + " order by a.id",
            Appeal.class)
        .setParameter("h", phoneHash)
        .getResultList();
  }

  public List<AppealStep> steps(Appeal appeal) {
    return em.createQuery(
            "select s from AppealStep s where s.appeal = :a order by s.id", AppealStep.class)
        .setParameter("a", appeal)
        .getResultList();
  }

  public List<Appeal> ofApplicant(String username) {
    return em.createQuery(
            FETCH + " where a.applicant.username = :u order by a.id desc", Appeal.class)
        .setParameter("u", username)
        .setMaxResults(200)
        .getResultList();
  }

  /** Appeals in these statuses of the bodies in scope, the nearest deadline first. */
  public List<Appeal> openOf(Scope scope, Collection<AppealStatus> statuses) {
    return ofBodies(scope, "a.status in :s", "a.deadline, a.id")
        .setParameter("s", statuses)
        .getResultList();
  }

  /** Appeals of a thread that are registered (the public sees their number and status). */
  public List<Appeal> registeredOfThread(long threadId) {
    return em.createQuery(
            FETCH + " where a.thread.id = :t and a.number is not null order by a.id", Appeal.class)
        .setParameter("t", threadId)
        .getResultList();
  }

  /** Every appeal made from posts of a thread, drafts included, oldest first. */
  public List<Appeal> allOfThread(long threadId) {
    return em.createQuery(FETCH + " where a.thread.id = :t order by a.id", Appeal.class)
        .setParameter("t", threadId)
        .getResultList();
  }

  public List<Appeal> overdueCandidates(LocalDate today, Collection<AppealStatus> statuses) {
    return em.createQuery(
            FETCH + " where a.status in :s and a.deadline < :today order by a.id", Appeal.class)
        .setParameter("s", statuses)
        .setParameter("today", today)
        .getResultList();
  }

  public Optional<AppealApplicant> applicant(long appealId) {
    return Optional.ofNullable(em.find(AppealApplicant.class, appealId));
  }

  /** The sequence row of a body and year, locked until the transaction ends. */
  public Optional<AppealSequence> lockSequence(long bodyId, int year) {
    return Optional.ofNullable(
        em.find(
            AppealSequence.class,
            new AppealSequence.Key(bodyId, year),
            LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Creates the sequence row of a body and year if it is missing, in a transaction of its own so
   * that two first registrations of a year at once do not fail: the loser of the race finds it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ensureSequence(long bodyId, int year) {
    if (em.find(AppealSequence.class, new AppealSequence.Key(bodyId, year)) == null) {
      em.persist(new AppealSequence(bodyId, year));
    }
  }
}
