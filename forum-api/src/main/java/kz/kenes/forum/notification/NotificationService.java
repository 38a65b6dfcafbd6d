package kz.kenes.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.ForumLog;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.OfficialAnswerPublished;
import kz.kenes.forum.thread.PostPublished;
import kz.kenes.forum.thread.ProposalReachedThreshold;

/**
 * Notifications: written in the transaction of the action that causes them, and read and marked
 * read by their recipients.
 *
 * <p>Each observer runs while the action's transaction is in progress: it works out the recipients
 * ({@link NotificationPlanner}) and hands the batch to every {@link NotificationChannel}, which
 * writes its rows (in-app notifications, {@link kz.kenes.forum.outbox.Outbox} messages) in that
 * same transaction. So the notifications exist if and only if the action commits: a rollback writes
 * none, and a crash right after the commit loses none (the outbox sends them when the node, or
 * another, runs again). Sending itself happens after the commit, in the outbox.
 *
 * <p>A channel that fails for a reason of its own (a recipient it cannot reach) does not break the
 * action: the failure is logged with a message id, the thread's id and the failure's type (never
 * personal data or text), and the other channels still deliver. A failure of the database marks the
 * whole transaction for rollback, the action's change included: nothing is half-written.
 */
@ApplicationScoped
public class NotificationService {
  public static final int LIST_DEFAULT = 20;
  public static final int LIST_MAX = 100;

  @Inject NotificationPlanner planner;
  @Inject NotificationRepository notifications;
  @Inject MemberRepository members;
  @Inject Clock clock;

  Iterable<NotificationChannel> channels = List.of();

  @Inject
  void channels(@Any Instance<NotificationChannel> all) {
    this.channels = all;
  }

  void onPostPublished(@Observes(during = TransactionPhase.IN_PROGRESS) PostPublished event) {
    deliver(Occurrence.reply(event));
  }

  /** A new answer only: revising it notifies nobody. */
  void onOfficialAnswerPublished(
      @Observes(during = TransactionPhase.IN_PROGRESS) OfficialAnswerPublished event) {
    if (event.revision() == 1) {
      deliver(Occurrence.officialAnswer(event));
    }
  }

  void onProposalReachedThreshold(
      @Observes(during = TransactionPhase.IN_PROGRESS) ProposalReachedThreshold event) {
    deliver(Occurrence.thresholdReached(event));
  }

  /** Plans the occurrence's notifications and hands them to every channel; never throws. */
  void onClaimReviewAttached(
      @Observes(during = TransactionPhase.IN_PROGRESS)
          kz.kenes.forum.claim.ClaimReviewAttached event) {
    deliver(Occurrence.claimReview(event.threadId(), event.claimReviewId(), event.attachedBy()));
  }

  void onMemberNotice(@Observes(during = TransactionPhase.IN_PROGRESS) MemberNotice notice) {
    deliver(Occurrence.notice(notice));
  }

  /**
   * Notifications without a thread (a public session, a monitoring digest): one of {@code kind}
   * about {@code target} to each of {@code recipients} (each once), handed to every channel in the
   * caller's transaction, like those of a thread. Declares no transaction: it joins the caller's
   * use case, so that the notifications exist if and only if the action commits. A channel that
   * fails is logged and skipped; it never throws.
   */
  public void tell(
      NotificationKind kind,
      Notification.Target target,
      Long subjectId,
      Collection<Member> recipients) {
    if (recipients.isEmpty()) {
      return;
    }
    Instant now = now();
    Set<Object> seen = new HashSet<>();
    List<Notification> batch = new ArrayList<>(recipients.size());
    for (Member member : recipients) {
      if (seen.add(member.id() != null ? member.id() : member)) {
        batch.add(new Notification(member, kind, target, subjectId, now));
      }
    }
    hand(batch, kind, 0L);
  }

  void deliver(Occurrence occurrence) {
    List<Notification> batch;
    try {
      batch = planner.plan(occurrence);
    } catch (RuntimeException failure) {
      ForumLog.LOG.notificationsNotPlanned(
          occurrence.kind(), occurrence.threadId(), LogText.types(failure));
      return;
    }
    hand(batch, occurrence.kind(), occurrence.threadId());
  }

  private void hand(List<Notification> batch, NotificationKind kind, long threadId) {
    if (batch.isEmpty()) {
      return;
    }
    for (NotificationChannel channel : channels) {
      try {
        channel.deliver(batch);
      } catch (RuntimeException failure) {
        ForumLog.LOG.notificationsNotDelivered(
            channel.name(), batch.size(), kind, threadId, LogText.types(failure));
      }
    }
  }

  /**
   * The actor's notifications, newest first. {@code unread} is {@code true} for the unread ones
   * only; {@code limit} is 1–{@value #LIST_MAX} (default {@value #LIST_DEFAULT}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notification> mine(Actor actor, String unread, Integer limit) {
    Validation check = new Validation();
    int size = limit == null ? LIST_DEFAULT : limit;
    check.check("limit", size, n -> n >= 1 && n <= LIST_MAX, "validation.limit");
    String flag = unread == null ? "" : unread.strip();
    check.check(
        "unread",
        flag,
        f -> f.isEmpty() || f.equals("true") || f.equals("false"),
        "validation.unknown-value");
    check.throwIfInvalid();
    return notifications.of(actor.username(), flag.equals("true"), size);
  }

  /** How many of the actor's notifications are unread, for the page header. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long unreadCount(Actor actor) {
    return notifications.countUnread(actor.username());
  }

  /** Marks one of the actor's notifications read; another member's is not found. */
  @Transactional
  public void markRead(Actor actor, long id) {
    notifications
        .find(id, members.ensure(actor))
        .orElseThrow(() -> new DomainException.NotFound("error.notification.not-found"))
        .markRead(now());
  }

  @Transactional
  public void markAllRead(Actor actor) {
    notifications.markAllRead(members.ensure(actor), now());
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
