package kz.kenes.forum.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.body.Body;

/** Threads, posts, supports and official answers as stored. */
@ApplicationScoped
public class ThreadRepository {
  @PersistenceContext EntityManager em;

  public void add(Thread thread, Post openingPost, ThreadStatusChange opened) {
    em.persist(thread);
    em.persist(openingPost);
    em.persist(opened);
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  /**
   * The thread with its row locked until the transaction ends: replies take the next post number
   * one at a time, so concurrent replies to one thread neither collide nor skip a number.
   */
  public Optional<Thread> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Thread.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Thread> find(long id) {
    return em.createQuery(
            "select t from Thread t join fetch t.body join fetch t.author where t.id = :id",
            Thread.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** A post with its author, thread and the thread's body (JPQL allows no alias on fetch joins). */
  public Optional<Post> findPost(long id) {
    var graph = em.createEntityGraph(Post.class);
    graph.addAttributeNodes("author");
    graph.addSubgraph("thread").addAttributeNodes("body", "author");
    return em.createQuery("select p from Post p where p.id = :id", Post.class)
        .setParameter("id", id)
        .setHint("jakarta.persistence.fetchgraph", graph)
        .getResultStream()
        .findFirst();
  }

  /** Posts of a thread in order, the opening post first. */
  public List<Post> posts(Thread thread, int limit) {
    return posts(thread, 0, limit);
  }

  /** Posts numbered after {@code afterNumber}, in order (keyset pagination). */
  public List<Post> posts(Thread thread, int afterNumber, int limit) {
    return em.createQuery(
            "select p from Post p join fetch p.author left join fetch p.replyTo"
                + " where p.thread = :t and p.number > :after order by p.number",
            Post.class)
        .setParameter("t", thread)
        .setParameter("after", afterNumber)
        // read for display only: no snapshots to keep, nothing to dirty-check at commit
        .setHint("org.hibernate.readOnly", true)
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<OfficialAnswer> answer(Thread thread) {
    return em.createQuery(
            "select a from OfficialAnswer a join fetch a.official join fetch a.servedBody"
                + " where a.thread = :t",
            OfficialAnswer.class)
        .setParameter("t", thread)
        .getResultStream()
        .findFirst();
  }

  public List<OfficialAnswerRevision> answerRevisions(OfficialAnswer answer) {
    return em.createQuery(
            "select r from OfficialAnswerRevision r join fetch r.official join fetch r.servedBody"
                + " where r.answer = :a order by r.revision desc",
            OfficialAnswerRevision.class)
        .setParameter("a", answer)
        .getResultList();
  }

  /** Posts cooked by an older version of the cooking, oldest first. */
  public List<Post> cookedBefore(int version, int limit) {
    return em.createQuery("select p from Post p where p.cookVersion < :v order by p.id", Post.class)
        .setParameter("v", version)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<PostRevision> postRevisions(Post post) {
    return em.createQuery(
            "select r from PostRevision r where r.post = :p order by r.revision desc",
            PostRevision.class)
        .setParameter("p", post)
        .getResultList();
  }

  public int countPostRevisions(Post post) {
    return em.createQuery("select count(r) from PostRevision r where r.post = :p", Long.class)
        .setParameter("p", post)
        .getSingleResult()
        .intValue();
  }

  public boolean supported(Thread thread, long memberId) {
    return em.find(Support.class, new Support.Key(thread.id(), memberId)) != null;
  }

  /** Whether the member with this username supports the thread: one query, no member look-up. */
  /**
   * In one query: whether the member {@code username} supports the thread, and whether they follow
   * it (both false for someone who never acted).
   */
  public boolean[] viewerFacts(Thread thread, String username) {
    List<Object[]> rows =
        em.createQuery(
                "select (select count(s) from Support s where s.key.threadId = :t"
                    + " and s.key.memberId = m.id),"
                    + " (select count(f) from Follow f where f.thread.id = :t and f.member = m)"
                    + " from Member m where m.username = :u",
                Object[].class)
            .setParameter("u", username)
            .setParameter("t", thread.id())
            .getResultList();
    if (rows.isEmpty()) {
      return new boolean[] {false, false};
    }
    return new boolean[] {
      ((Number) rows.get(0)[0]).longValue() > 0, ((Number) rows.get(0)[1]).longValue() > 0
    };
  }

  public boolean supportedBy(Thread thread, String username) {
    return em.createQuery(
                "select count(s) from Support s, Member m"
                    + " where m.username = :u and s.key.memberId = m.id and s.key.threadId = :t",
                Long.class)
            .setParameter("u", username)
            .setParameter("t", thread.id())
            .getSingleResult()
        > 0;
  }

  public List<ThreadStatusChange> history(Thread thread) {
    return em.createQuery(
            "select c from ThreadStatusChange c where c.thread = :t order by c.id",
            ThreadStatusChange.class)
        .setParameter("t", thread)
        .getResultList();
  }

  /** The body's pinned announcements, newest first. */
  public List<Thread> pinned(Body body, int limit) {
    return em.createQuery(
            "select t from Thread t join fetch t.author where t.body = :body and t.pinned = true"
                + " and t.hidden = false order by t.createdAt desc, t.id desc",
            Thread.class)
        .setParameter("body", body)
        .setMaxResults(limit)
        .getResultList();
  }

  /** One page of a body's threads, most recently active first (keyset pagination). */
  public List<Thread> page(
      Body body, ThreadFilter filter, Optional<ThreadCursor> after, int limit) {
    StringBuilder jpql =
        new StringBuilder(
            "select t from Thread t join fetch t.author where t.body = :body and t.hidden = false");
    filter.type().ifPresent(x -> jpql.append(" and t.type = :type"));
    filter.category().ifPresent(x -> jpql.append(" and t.category = :category"));
    filter.status().ifPresent(x -> jpql.append(" and t.status = :status"));
    after.ifPresent(
        c ->
            jpql.append(
                " and (t.lastActivityAt < :at or (t.lastActivityAt = :at and t.id < :id))"));
    jpql.append(" order by t.lastActivityAt desc, t.id desc");
    var query = em.createQuery(jpql.toString(), Thread.class).setParameter("body", body);
    filter.type().ifPresent(x -> query.setParameter("type", x));
    filter.category().ifPresent(x -> query.setParameter("category", x));
    filter.status().ifPresent(x -> query.setParameter("status", x));
    after.ifPresent(c -> query.setParameter("at", c.lastActivityAt()).setParameter("id", c.id()));
    return query.setMaxResults(limit).getResultList();
  }
}
