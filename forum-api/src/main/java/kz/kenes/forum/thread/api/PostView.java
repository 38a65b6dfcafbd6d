package kz.kenes.forum.thread.api;

import java.time.Instant;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.thread.Post;

/**
 * A post as the API shows it: cooked, sanitized HTML only; a withdrawn, hidden or removed post
 * shows no text ({@code visibility} says which moderation decision applies). {@code replyTo} is the
 * id of the post it quotes, or null; {@code label} is the absolute link to the correction of a post
 * labelled as misinformation.
 */
public record PostView(
    long id,
    int number,
    AuthorView author,
    String bodyHtml,
    Instant createdAt,
    boolean edited,
    boolean withdrawn,
    Long replyTo,
    String visibility,
    String label) {
  public static PostView of(Post post, PageLinks links) {
    return new PostView(
        post.id(),
        post.number(),
        AuthorView.of(post.author()),
        post.publiclyVisible() ? post.cooked() : null,
        post.createdAt(),
        post.edited(),
        post.withdrawn(),
        post.replyToId().orElse(null),
        post.visibility().name(),
        post.label().map(links::label).orElse(null));
  }
}
