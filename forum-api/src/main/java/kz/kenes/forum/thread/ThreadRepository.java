package kz.kenes.forum.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.body.Body;

/** Threads and posts as stored. */
@ApplicationScoped
public class ThreadRepository {
  @PersistenceContext EntityManager em;

  public void add(Thread thread, Post openingPost) {
    em.persist(thread);
    em.persist(openingPost);
  }

  public Optional<Thread> find(long id) {
    return em.createQuery(
            "select t from Thread t join fetch t.body join fetch t.author where t.id = :id",
            Thread.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Posts of a thread in order, the opening post first. */
  public List<Post> posts(Thread thread, int limit) {
    return em.createQuery(
            "select p from Post p join fetch p.author where p.thread = :t order by p.number",
            Post.class)
        .setParameter("t", thread)
        .setMaxResults(limit)
        .getResultList();
  }

  /** One page of a body's threads, most recently active first (keyset pagination). */
  public List<Thread> page(Body body, Optional<ThreadCursor> after, int limit) {
    String jpql =
        "select t from Thread t join fetch t.author where t.body = :body"
            + (after.isPresent()
                ? " and (t.lastActivityAt < :at or (t.lastActivityAt = :at and t.id < :id))"
                : "")
            + " order by t.lastActivityAt desc, t.id desc";
    var query = em.createQuery(jpql, Thread.class).setParameter("body", body);
    after.ifPresent(c -> query.setParameter("at", c.lastActivityAt()).setParameter("id", c.id()));
    return query.setMaxResults(limit).getResultList();
  }
}
