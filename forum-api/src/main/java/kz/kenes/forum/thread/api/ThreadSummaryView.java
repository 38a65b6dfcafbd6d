package kz.kenes.forum.thread.api;

import java.time.Instant;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.Thread;
import kz.kenes.forum.thread.ThreadStatus;
import kz.kenes.forum.thread.ThreadType;

/** A thread in a list. */
public record ThreadSummaryView(
    long id,
    ThreadType type,
    Category category,
    ThreadStatus status,
    String title,
    AuthorView author,
    Instant createdAt,
    Instant lastActivityAt,
    int postCount,
    int supportCount,
    Instant dueAt) {

  public static ThreadSummaryView of(Thread t) {
    return new ThreadSummaryView(
        t.id(),
        t.type(),
        t.category(),
        t.status(),
        t.title(),
        AuthorView.of(t.author()),
        t.createdAt(),
        t.lastActivityAt(),
        t.postCount(),
        t.supportCount(),
        t.dueAt().orElse(null));
  }
}
