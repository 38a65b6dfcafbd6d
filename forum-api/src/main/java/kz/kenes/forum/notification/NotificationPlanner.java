package kz.kenes.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.follow.FollowRepository;
import kz.kenes.forum.notification.NotificationRepository.PostFacts;
import kz.kenes.forum.notification.NotificationRepository.ThreadFacts;
import kz.kenes.forum.thread.Thread;
import kz.kenes.forum.thread.ThreadRepository;

/**
 * Works out who hears of an occurrence: each member at most once, never the one who caused it.
 *
 * <ul>
 *   <li>a reply: the thread's followers and the author of the post it quotes (the opening post of a
 *       new thread is no reply);
 *   <li>an official answer: the followers of the thread and of its body;
 *   <li>a reached threshold: the proposal's author;
 *   <li>a confirmed-information card: the thread's followers;
 *   <li>a moderation decision or an appeal step: the one member it concerns, even when they caused
 *       it.
 * </ul>
 */
@ApplicationScoped
public class NotificationPlanner {
  @Inject NotificationRepository notifications;
  @Inject FollowRepository follows;
  @Inject ThreadRepository threads;
  @Inject Clock clock;

  /**
   * The notifications of an occurrence, one per recipient, not stored yet: the channels deliver
   * them. Runs in the action's transaction (it sees the action's own changes); it declares no
   * transaction of its own, so that it neither starts one nor marks the action's for rollback.
   */
  public List<Notification> plan(Occurrence occurrence) {
    Set<Long> recipients = recipients(occurrence);
    if (recipients.isEmpty()) {
      return List.of();
    }
    Optional<Thread> thread = threads.find(occurrence.threadId());
    if (thread.isEmpty()) {
      return List.of();
    }
    if (thread.get().hidden()) {
      // Its opening post is hidden: only the author may see the thread and its title.
      recipients =
          recipients.contains(thread.get().author().id())
              ? Set.of(thread.get().author().id())
              : Set.of();
      if (recipients.isEmpty()) {
        return List.of();
      }
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    return notifications.members(recipients).stream()
        .map(m -> new Notification(m, occurrence.kind(), thread.get(), occurrence.subjectId(), now))
        .toList();
  }

  /** The ids of the members who hear of the occurrence, in no particular order. */
  Set<Long> recipients(Occurrence occurrence) {
    Optional<ThreadFacts> found = notifications.thread(occurrence.threadId());
    if (found.isEmpty()) {
      return Set.of();
    }
    ThreadFacts thread = found.get();
    Set<Long> ids = new LinkedHashSet<>();
    Long actor = null;
    switch (occurrence.kind()) {
      case REPLY -> {
        Optional<PostFacts> post = notifications.post(occurrence.subjectId());
        if (post.isEmpty() || post.get().number() == 1) {
          return Set.of();
        }
        actor = post.get().authorId();
        ids.addAll(follows.followersOfThread(thread.id()));
        if (occurrence.quotedPostId() != null) {
          notifications.post(occurrence.quotedPostId()).ifPresent(q -> ids.add(q.authorId()));
        }
      }
      case OFFICIAL_ANSWER -> {
        actor = notifications.answeringOfficial(thread.id()).orElse(null);
        ids.addAll(follows.followersOfThread(thread.id()));
        ids.addAll(follows.followersOfBody(thread.bodyId()));
      }
      case THRESHOLD_REACHED -> ids.add(thread.authorId());
      case CLAIM_REVIEW -> ids.addAll(follows.followersOfThread(thread.id()));
      case POST_MODERATED, APPEAL_UPDATE -> {
        if (occurrence.recipientUsername() != null) {
          notifications.memberId(occurrence.recipientUsername()).ifPresent(ids::add);
        }
        return ids;
      }
    }
    if (actor == null && occurrence.actorUsername() != null) {
      actor = notifications.memberId(occurrence.actorUsername()).orElse(null);
    }
    if (actor != null) {
      ids.remove(actor);
    }
    return ids;
  }
}
