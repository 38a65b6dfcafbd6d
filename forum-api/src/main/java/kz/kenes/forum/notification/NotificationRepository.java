package kz.kenes.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.member.Member;

/**
 * Notifications as stored, and the few facts about threads, posts and answers that deciding who
 * hears of what needs, read as ids.
 */
@ApplicationScoped
public class NotificationRepository {
  private static final int IN_SLICE = 500;

  @PersistenceContext EntityManager em;

  /** A thread: its body and its author. */
  public record ThreadFacts(long id, long bodyId, long authorId) {}

  /** A post: its place in its thread and its author. */
  public record PostFacts(int number, long authorId) {}

  public void add(Notification notification) {
    em.persist(notification);
  }

  /**
   * A notification of a thread names it: one whose opening post is hidden is shown to its author
   * only (as {@link NotificationPlanner} plans them). One without a thread is always shown.
   */
  private static final String SHOWN =
      " and (t.id is null or t.hidden = false or t.author = n.recipient)";

  /** The recipient's notifications, newest first, with the thread and body a view shows. */
  public List<Notification> of(String username, boolean unreadOnly, int limit) {
    // JPQL allows no alias on a fetch join: the thread and its body come through a fetch graph
    var graph = em.createEntityGraph(Notification.class);
    graph.addSubgraph("thread").addAttributeNodes("body");
    graph.addAttributeNodes("body");
    return em.createQuery(
            "select n from Notification n left join n.thread t where n.recipient.username = :u"
                + SHOWN
                + (unreadOnly ? " and n.readAt is null" : "")
                + " order by n.id desc",
            Notification.class)
        .setParameter("u", username)
        .setHint("jakarta.persistence.fetchgraph", graph)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The notification if it is the member's; nobody else's is found. */
  public Optional<Notification> find(long id, Member recipient) {
    return em.createQuery(
            "select n from Notification n where n.id = :id and n.recipient = :m",
            Notification.class)
        .setParameter("id", id)
        .setParameter("m", recipient)
        .getResultStream()
        .findFirst();
  }

  public long countUnread(String username) {
    return em.createQuery(
            "select count(n) from Notification n left join n.thread t"
                + " where n.recipient.username = :u and n.readAt is null"
                + SHOWN,
            Long.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  /**
   * Marks every unread notification of the member read, in one statement: a member may have
   * thousands, and notifications are neither versioned nor indexed for search.
   */
  public int markAllRead(Member recipient, Instant now) {
    // Entity by entity, not a bulk update: entity listeners (the page cache) must see the change.
    List<Notification> unread =
        em.createQuery(
                "select n from Notification n where n.recipient = :m and n.readAt is null",
                Notification.class)
            .setParameter("m", recipient)
            .getResultList();
    unread.forEach(n -> n.markRead(now));
    return unread.size();
  }

  public Optional<ThreadFacts> thread(long id) {
    return em.createQuery(
            "select t.body.id, t.author.id from Thread t where t.id = :id", Object[].class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(row -> new ThreadFacts(id, (Long) row[0], (Long) row[1]));
  }

  public Optional<PostFacts> post(long id) {
    return em.createQuery(
            "select p.number, p.author.id from Post p where p.id = :id", Object[].class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(row -> new PostFacts((Integer) row[0], (Long) row[1]));
  }

  /** The official who wrote the current text of the thread's official answer. */
  public Optional<Long> answeringOfficial(long threadId) {
    return em.createQuery(
            "select a.official.id from OfficialAnswer a where a.thread.id = :t", Long.class)
        .setParameter("t", threadId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Long> memberId(String username) {
    return em.createQuery("select m.id from Member m where m.username = :u", Long.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** The members with these ids, read in slices: a body may have thousands of followers. */
  public List<Member> members(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<Member> found = new ArrayList<>(all.size());
    for (int from = 0; from < all.size(); from += IN_SLICE) {
      found.addAll(
          em.createQuery("select m from Member m where m.id in :ids", Member.class)
              .setParameter("ids", all.subList(from, Math.min(from + IN_SLICE, all.size())))
              .getResultList());
    }
    return found;
  }
}
