package kz.kenes.moderation.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.body.Body;

/** Sessions, their steps, questions, supports and notices. */
@ApplicationScoped
public class SessionRepository {
  static final Set<SessionStatus> UPCOMING =
      EnumSet.of(
          SessionStatus.SCHEDULED,
          SessionStatus.OPEN_FOR_QUESTIONS,
          SessionStatus.LIVE,
          SessionStatus.POSTPONED);

  @PersistenceContext EntityManager em;

  void add(Object entity) {
    em.persist(entity);
  }

  public Optional<PublicSession> find(long id) {
    return Optional.ofNullable(em.find(PublicSession.class, id));
  }

  /** The session with its body fetched. */
  public Optional<PublicSession> withBody(long id) {
    return em.createQuery(
            "select s from PublicSession s join fetch s.body where s.id = :id", PublicSession.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  Optional<SessionQuestion> lockQuestion(long id) {
    return Optional.ofNullable(em.find(SessionQuestion.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  Optional<SessionQuestion> question(long id) {
    return Optional.ofNullable(em.find(SessionQuestion.class, id));
  }

  /** A body's sessions, the latest start first. */
  public List<PublicSession> ofBody(Body body, int limit) {
    return em.createQuery(
            "select s from PublicSession s where s.body = :b order by s.startsAt desc, s.id desc",
            PublicSession.class)
        .setParameter("b", body)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Sessions still ahead (not held or cancelled) that end after {@code after}, soonest first; of
   * one body, or of every body when {@code body} is null.
   */
  public List<PublicSession> upcoming(Body body, Instant after, int limit) {
    String where = body == null ? "" : " and s.body = :b";
    var query =
        em.createQuery(
                "select s from PublicSession s join fetch s.body where s.status in :st"
                    + " and s.endsAt > :after"
                    + where
                    + " order by s.startsAt, s.id",
                PublicSession.class)
            .setParameter("st", UPCOMING)
            .setParameter("after", after)
            .setMaxResults(limit);
    if (body != null) {
      query.setParameter("b", body);
    }
    return query.getResultList();
  }

  public List<SessionStep> steps(PublicSession session) {
    return em.createQuery(
            "select s from SessionStep s where s.session = :s order by s.id", SessionStep.class)
        .setParameter("s", session)
        .getResultList();
  }

  /** A session's questions, most supported first (merged and hidden ones included). */
  public List<SessionQuestion> questions(PublicSession session) {
    return em.createQuery(
            "select q from SessionQuestion q join fetch q.asker where q.session = :s"
                + " order by q.supports desc, q.id",
            SessionQuestion.class)
        .setParameter("s", session)
        .getResultList();
  }

  boolean supports(SessionQuestion question, long memberId) {
    return em.createQuery(
                "select count(s) from QuestionSupport s where s.question = :q and s.member.id = :m",
                Long.class)
            .setParameter("q", question)
            .setParameter("m", memberId)
            .getSingleResult()
        > 0;
  }

  List<QuestionSupport> supportsOf(SessionQuestion question) {
    return em.createQuery(
            "select s from QuestionSupport s join fetch s.member where s.question = :q",
            QuestionSupport.class)
        .setParameter("q", question)
        .getResultList();
  }

  /** Questions owed in writing whose deadline passed (before {@code today}). */
  List<Long> lateQuestions(LocalDate today) {
    return em.createQuery(
            "select q.id from SessionQuestion q where q.status = :st and q.writtenAnswerDue < :d"
                + " order by q.id",
            Long.class)
        .setParameter("st", QuestionStatus.ANSWER_IN_WRITING)
        .setParameter("d", today)
        .getResultList();
  }

  /** Sessions starting between the two instants whose followers were not yet reminded. */
  List<Long> startingBetween(Instant from, Instant to) {
    return em.createQuery(
            "select s.id from PublicSession s where s.status in :st and s.startsAt >= :f"
                + " and s.startsAt < :t and not exists (select n from SessionNotice n"
                + " where n.sessionId = s.id and n.occasion = :o) order by s.id",
            Long.class)
        .setParameter("st", EnumSet.of(SessionStatus.SCHEDULED, SessionStatus.OPEN_FOR_QUESTIONS))
        .setParameter("f", from)
        .setParameter("t", to)
        .setParameter("o", SessionNotices.DAY_BEFORE)
        .getResultList();
  }

  boolean told(long sessionId, String occasion) {
    return em.createQuery(
                "select count(n) from SessionNotice n where n.sessionId = :s and n.occasion = :o",
                Long.class)
            .setParameter("s", sessionId)
            .setParameter("o", occasion)
            .getSingleResult()
        > 0;
  }

  /** The members who follow the body. */
  List<kz.kenes.forum.member.Member> followers(Body body) {
    return em.createQuery(
            "select f.member from Follow f where f.body = :b order by f.member.id",
            kz.kenes.forum.member.Member.class)
        .setParameter("b", body)
        .getResultList();
  }
}
