package kz.kenes.forum.thread.api;

import java.time.Instant;
import kz.kenes.forum.thread.Post;

/** A post as the API shows it: cooked, sanitized HTML only. */
public record PostView(
    long id, int number, AuthorView author, String bodyHtml, Instant createdAt, boolean edited) {
  public static PostView of(Post post) {
    return new PostView(
        post.id(),
        post.number(),
        AuthorView.of(post.author()),
        post.cooked(),
        post.createdAt(),
        post.edited());
  }
}
