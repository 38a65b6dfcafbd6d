package kz.kenes.forum.notification.api;

import java.time.Instant;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.notification.Notification;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.platform.PageLinks;

/**
 * A notification as its recipient sees it: what happened, where, and when. {@code title} and {@code
 * link} (absolute) are always there; {@code threadId} and {@code threadTitle} only for one that
 * happened on a thread, {@code bodySlug} when it belongs to a body.
 */
public record NotificationView(
    long id,
    NotificationKind kind,
    Long threadId,
    String threadTitle,
    String title,
    String link,
    String bodySlug,
    Instant createdAt,
    boolean read) {

  public static NotificationView of(Notification n, PageLinks links) {
    var thread = n.onThread();
    return new NotificationView(
        n.id(),
        n.kind(),
        thread.map(t -> t.id()).orElse(null),
        thread.map(t -> t.title()).orElse(null),
        n.title(),
        n.link().orElseGet(() -> threadLink(n, links)),
        n.body().map(Body::slug).orElse(null),
        n.createdAt(),
        n.read());
  }

  private static String threadLink(Notification n, PageLinks links) {
    return n.kind() == NotificationKind.APPEAL_UPDATE && n.subjectId().isPresent()
        ? links.appeal(n.subjectId().get())
        : links.thread(n.thread().id());
  }
}
