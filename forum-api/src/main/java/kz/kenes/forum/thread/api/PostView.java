package kz.kenes.forum.thread.api;

import java.time.Instant;
import kz.kenes.forum.thread.Post;

/**
 * A post as the API shows it: cooked, sanitized HTML only; a withdrawn post shows no text. {@code
 * replyTo} is the id of the post it quotes, or null.
 */
public record PostView(
    long id,
    int number,
    AuthorView author,
    String bodyHtml,
    Instant createdAt,
    boolean edited,
    boolean withdrawn,
    Long replyTo) {
  public static PostView of(Post post) {
    return new PostView(
        post.id(),
        post.number(),
        AuthorView.of(post.author()),
        post.withdrawn() ? null : post.cooked(),
        post.createdAt(),
        post.edited(),
        post.withdrawn(),
        post.replyToId().orElse(null));
  }
}
