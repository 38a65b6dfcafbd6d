package kz.kenes.forum.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.thread.Thread;

/** Follows as stored. */
@ApplicationScoped
public class FollowRepository {
  @PersistenceContext EntityManager em;

  public void add(Follow follow) {
    em.persist(follow);
  }

  public void remove(Follow follow) {
    em.remove(follow);
  }

  public Optional<Follow> find(Member member, Body body) {
    return em.createQuery(
            "select f from Follow f where f.member = :m and f.body = :b", Follow.class)
        .setParameter("m", member)
        .setParameter("b", body)
        .getResultStream()
        .findFirst();
  }

  public Optional<Follow> find(Member member, Thread thread) {
    return em.createQuery(
            "select f from Follow f where f.member = :m and f.thread = :t", Follow.class)
        .setParameter("m", member)
        .setParameter("t", thread)
        .getResultStream()
        .findFirst();
  }

  public boolean exists(String username, Body body) {
    return em.createQuery(
                "select count(f) from Follow f where f.member.username = :u and f.body = :b",
                Long.class)
            .setParameter("u", username)
            .setParameter("b", body)
            .getSingleResult()
        > 0;
  }

  public boolean exists(String username, Thread thread) {
    return em.createQuery(
                "select count(f) from Follow f where f.member.username = :u and f.thread = :t",
                Long.class)
            .setParameter("u", username)
            .setParameter("t", thread)
            .getSingleResult()
        > 0;
  }

  public long countFollowers(Body body) {
    return em.createQuery("select count(f) from Follow f where f.body = :b", Long.class)
        .setParameter("b", body)
        .getSingleResult();
  }

  /** The ids of the members who follow the thread. */
  public List<Long> followersOfThread(long threadId) {
    return em.createQuery("select f.member.id from Follow f where f.thread.id = :t", Long.class)
        .setParameter("t", threadId)
        .getResultList();
  }

  /** The ids of the members who follow the body. */
  public List<Long> followersOfBody(long bodyId) {
    return em.createQuery("select f.member.id from Follow f where f.body.id = :b", Long.class)
        .setParameter("b", bodyId)
        .getResultList();
  }

  /** What the member follows, newest first, with what a view shows. */
  public List<Follow> of(String username, int limit) {
    // JPQL allows no alias on a fetch join: the thread's body comes through a fetch graph
    var graph = em.createEntityGraph(Follow.class);
    graph.addAttributeNodes("body");
    graph.addSubgraph("thread").addAttributeNodes("body");
    return em.createQuery(
            // a thread whose opening post is hidden is listed for its author only
            "select f from Follow f left join f.thread t where f.member.username = :u"
                + " and (t is null or t.hidden = false or t.author = f.member)"
                + " order by f.createdAt desc, f.id desc",
            Follow.class)
        .setParameter("u", username)
        .setHint("jakarta.persistence.fetchgraph", graph)
        .setMaxResults(limit)
        .getResultList();
  }
}
