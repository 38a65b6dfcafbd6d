package kz.kenes.forum.notification.api;

import java.time.Instant;
import kz.kenes.forum.notification.Notification;
import kz.kenes.forum.notification.NotificationKind;

/** A notification as its recipient sees it: what happened, on which thread, and when. */
public record NotificationView(
    long id,
    NotificationKind kind,
    long threadId,
    String threadTitle,
    String bodySlug,
    Instant createdAt,
    boolean read) {

  public static NotificationView of(Notification n) {
    return new NotificationView(
        n.id(),
        n.kind(),
        n.thread().id(),
        n.thread().title(),
        n.thread().body().slug(),
        n.createdAt(),
        n.read());
  }
}
