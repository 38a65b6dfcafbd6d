package kz.kenes.forum.thread.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.ThreadDetails;
import kz.kenes.forum.thread.ThreadStatus;
import kz.kenes.forum.thread.ThreadType;

/** A thread with its posts; {@code bodyHtml} is the opening post's cooked HTML. */
public record ThreadView(
    long id,
    String body,
    ThreadType type,
    Category category,
    ThreadStatus status,
    String title,
    String language,
    AuthorView author,
    Instant createdAt,
    long openingPostId,
    String bodyHtml,
    List<PostView> posts) {

  public static ThreadView of(ThreadDetails details) {
    var t = details.thread();
    var opening = details.openingPost();
    return new ThreadView(
        t.id(),
        t.body().slug(),
        t.type(),
        t.category(),
        t.status(),
        t.title(),
        t.language().tag(),
        AuthorView.of(t.author()),
        t.createdAt(),
        opening.id(),
        opening.cooked(),
        details.posts().stream().map(PostView::of).toList());
  }
}
