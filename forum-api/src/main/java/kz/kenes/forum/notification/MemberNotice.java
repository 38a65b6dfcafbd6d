package kz.kenes.forum.notification;

import java.util.Objects;

/**
 * A CDI event for a notification to one member (by username) about a subject on a thread: a
 * moderation decision on their post ({@link NotificationKind#POST_MODERATED}, subject the post) or
 * a step of their formal appeal ({@link NotificationKind#APPEAL_UPDATE}, subject the appeal). Fired
 * inside the action's transaction and written there (in-app row, outbox message); sent after it
 * commits.
 */
public record MemberNotice(NotificationKind kind, long threadId, long subjectId, String recipient) {
  public MemberNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipient, "recipient");
  }
}
