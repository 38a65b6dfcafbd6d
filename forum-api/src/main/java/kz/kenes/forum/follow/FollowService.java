package kz.kenes.forum.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.thread.PostPublished;
import kz.kenes.forum.thread.Thread;
import kz.kenes.forum.thread.ThreadRepository;

/**
 * Use cases of following: a signed-in member follows or unfollows a body or a thread, one
 * transaction each. Following what one already follows, or unfollowing what one does not, changes
 * nothing. The author of a new thread follows it from the start.
 */
@ApplicationScoped
public class FollowService {
  /** {@link #mine} lists at most this many follows, the newest. */
  public static final int LIST_MAX = 500;

  @Inject BodyRepository bodies;
  @Inject ThreadRepository threads;
  @Inject MemberRepository members;
  @Inject FollowRepository follows;
  @Inject Clock clock;

  @Transactional
  public void followBody(Actor actor, String bodySlug) {
    Body body = bodies.requireBySlug(bodySlug);
    Member member = members.ensure(actor);
    if (follows.find(member, body).isEmpty()) {
      follows.add(Follow.body(member, body, now()));
    }
  }

  @Transactional
  public void unfollowBody(Actor actor, String bodySlug) {
    Body body = bodies.requireBySlug(bodySlug);
    Member member = members.ensure(actor);
    follows.find(member, body).ifPresent(follows::remove);
  }

  @Transactional
  public void followThread(Actor actor, long threadId) {
    Thread thread = requireThread(threadId);
    follow(members.ensure(actor), thread);
  }

  @Transactional
  public void unfollowThread(Actor actor, long threadId) {
    Thread thread = requireThread(threadId);
    Member member = members.ensure(actor);
    follows.find(member, thread).ifPresent(follows::remove);
  }

  /** What the actor follows, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Follow> mine(Actor actor) {
    return follows.of(actor.username(), LIST_MAX);
  }

  /** How many members follow the body, for its page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long followers(Body body) {
    return follows.countFollowers(body);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean follows(Actor actor, Body body) {
    return follows.exists(actor.username(), body);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean follows(Actor actor, Thread thread) {
    return follows.exists(actor.username(), thread);
  }

  /**
   * The author of a new thread follows it, in the transaction that opens it: the opening post is
   * the thread's first.
   */
  void authorFollowsNewThread(
      @Observes(during = TransactionPhase.IN_PROGRESS) PostPublished published) {
    threads
        .findPost(published.postId())
        .filter(post -> post.number() == 1)
        .ifPresent(opening -> follow(opening.author(), opening.thread()));
  }

  private void follow(Member member, Thread thread) {
    if (follows.find(member, thread).isEmpty()) {
      follows.add(Follow.thread(member, thread, now()));
    }
  }

  private Thread requireThread(long id) {
    return threads
        .find(id)
        .orElseThrow(() -> new DomainException.NotFound("error.thread.not-found"));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
