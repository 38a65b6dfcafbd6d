package kz.kenes.moderation.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.moderation.appeal.AppealTime;

/**
 * What the public reads of sessions: a session with its questions, a body's list, upcoming. Pages
 * render outside transactions, so each method returns everything a page or view touches fetched.
 */
@ApplicationScoped
public class SessionQueries {
  public static final int LIST_MAX = 100;

  @PersistenceContext EntityManager em;
  @Inject SessionRepository sessions;
  @Inject BodyRepository bodies;
  @Inject AppealTime time;

  /**
   * A session as its page shows it: the public questions (not hidden, not merged) most supported
   * first, the registration numbers of those that became appeals, the counts and the history; and
   * the hidden questions, which a view shows to their own asker only ({@link #hiddenOf}), never to
   * anyone else.
   */
  public record SessionPage(
      PublicSession session,
      List<SessionQuestion> questions,
      Map<Long, String> appealNumbers,
      Counts counts,
      List<SessionStep> history,
      List<SessionQuestion> hidden) {

    /** The hidden questions of the member {@code username}, with their reasons; none for "". */
    public List<SessionQuestion> hiddenOf(String username) {
      if (username == null || username.isEmpty()) {
        return List.of();
      }
      return hidden.stream().filter(q -> q.asker().username().equals(username)).toList();
    }

    /** The question being answered now, if any. */
    public java.util.Optional<SessionQuestion> nowAnswering() {
      return session
          .nowAnswering()
          .flatMap(id -> questions.stream().filter(q -> q.id().equals(id)).findFirst());
    }
  }

  /** Asked, answered at the session, answered in writing, became appeals. */
  public record Counts(int asked, int atSession, int inWriting, int appeals) {
    static Counts of(List<SessionQuestion> questions) {
      int at = 0;
      int writing = 0;
      int appeals = 0;
      for (SessionQuestion q : questions) {
        switch (q.status()) {
          case ANSWERED_AT_SESSION -> at++;
          case ANSWERED_IN_WRITING -> writing++;
          case BECAME_APPEAL -> appeals++;
          default -> {}
        }
      }
      return new Counts(questions.size(), at, writing, appeals);
    }
  }

  @Transactional
  public SessionPage page(long id) {
    PublicSession session =
        sessions
            .withBody(id)
            .orElseThrow(() -> new DomainException.NotFound("error.session.not-found"));
    List<SessionQuestion> all = sessions.questions(session);
    List<SessionQuestion> visible =
        all.stream()
            .filter(q -> !q.hidden() && q.status() != QuestionStatus.MERGED)
            .sorted(SessionQuestion.BY_SUPPORTS)
            .toList();
    List<SessionQuestion> hidden = all.stream().filter(SessionQuestion::hidden).toList();
    Map<Long, String> numbers = new HashMap<>();
    List<Long> appealIds = visible.stream().flatMap(q -> q.appealId().stream()).distinct().toList();
    if (!appealIds.isEmpty()) {
      for (Object[] row :
          em.createQuery("select a.id, a.number from Appeal a where a.id in :ids", Object[].class)
              .setParameter("ids", appealIds)
              .getResultList()) {
        if (row[1] != null) {
          numbers.put((Long) row[0], (String) row[1]);
        }
      }
    }
    session.speakers().forEach(Member::displayName); // read here: views are built after the commit
    return new SessionPage(
        session, visible, numbers, Counts.of(visible), sessions.steps(session), hidden);
  }

  /** A body's sessions, the latest first. */
  @Transactional
  public List<PublicSession> ofBody(String slug) {
    Body body = bodies.requireBySlug(slug);
    return withSpeakers(sessions.ofBody(body, LIST_MAX));
  }

  /** Sessions still ahead, of one body (or every body for a null slug), soonest first. */
  @Transactional
  public List<PublicSession> upcoming(String slug, int limit) {
    Body body = slug == null ? null : bodies.requireBySlug(slug);
    return withSpeakers(sessions.upcoming(body, time.now(), Math.min(limit, LIST_MAX)));
  }

  /** The session with its body (404 when there is none). */
  @Transactional
  public PublicSession session(long id) {
    return withSpeakers(
            List.of(
                sessions
                    .withBody(id)
                    .orElseThrow(() -> new DomainException.NotFound("error.session.not-found"))))
        .get(0);
  }

  /** The sessions with their speakers read, for views built after the commit. */
  private static List<PublicSession> withSpeakers(List<PublicSession> list) {
    list.forEach(s -> s.speakers().forEach(Member::displayName));
    return list;
  }
}
