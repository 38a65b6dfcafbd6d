package kz.kenes.forum.notification;

import java.util.List;

/**
 * A way notifications reach people: in the app today, email and SMS later. {@link
 * NotificationService} hands every batch to every channel (every bean of this type, any qualifier),
 * outside the transaction of the action that caused it, which has committed by then.
 *
 * <p>A channel is an {@code @ApplicationScoped} bean that works in a transaction of its own ({@code
 * REQUIRES_NEW}) if it needs one, finds out for itself whom it can reach (an address, a phone, the
 * member's wishes) and throws when it fails: the failure is logged and the other channels still
 * deliver. It must not rely on the order of channels, so not on the notifications' ids. It never
 * logs personal data or message text.
 *
 * <p>Delivery runs on the thread of the request that caused it, after its commit: a channel that
 * talks to a remote service (mail, SMS gateway) queues its work, such as rows of an outbox sent by
 * a managed executor, instead of sending inline.
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
