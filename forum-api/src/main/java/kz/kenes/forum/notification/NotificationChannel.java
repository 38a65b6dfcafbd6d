package kz.kenes.forum.notification;

import java.util.List;

/**
 * A way notifications reach people: in the app, by email, by SMS. {@link NotificationService} hands
 * every batch to every channel (every bean of this type, any qualifier) inside the transaction of
 * the action that caused it, which has not committed yet.
 *
 * <p>A channel is an {@code @ApplicationScoped} bean that writes its rows in that transaction and
 * declares none of its own (no {@code @Transactional}: neither {@code REQUIRES_NEW}, which would
 * commit a notice of an action that may still roll back, nor a joined one, whose interceptor would
 * mark the action for rollback on any exception). It finds out for itself whom it can reach (an
 * address, a phone, the member's wishes), skips whom it cannot instead of handing the outbox a
 * recipient it refuses, and throws when it fails: the failure is logged and the other channels
 * still deliver. It must not rely on the order of channels, so not on the notifications' ids. It
 * never logs personal data or message text.
 *
 * <p>A channel never talks to a remote service (mail, SMS gateway) itself: it writes an {@link
 * kz.kenes.forum.outbox.Outbox} row, which is sent after the commit.
 */
public interface NotificationChannel {
  /** A short stable name for logs and settings, such as {@code in-app}. */
  String name();

  /**
   * Delivers notifications of one occurrence, one per recipient. Their members and thread (with its
   * body) are loaded; other associations are not.
   */
  void deliver(List<Notification> batch);
}
