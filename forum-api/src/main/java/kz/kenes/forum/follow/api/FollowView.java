package kz.kenes.forum.follow.api;

import java.time.Instant;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.follow.Follow;
import kz.kenes.forum.follow.FollowTarget;

/**
 * Something the caller follows: a body ({@code threadId} and {@code threadTitle} null) or a thread.
 * {@code body} is the slug of the body, or of the thread's body.
 */
public record FollowView(
    FollowTarget target, String body, Long threadId, String threadTitle, Instant since) {

  public static FollowView of(Follow follow) {
    return follow
        .thread()
        .map(
            t ->
                new FollowView(
                    FollowTarget.THREAD, t.body().slug(), t.id(), t.title(), follow.createdAt()))
        .orElseGet(
            () ->
                new FollowView(
                    FollowTarget.BODY,
                    follow.body().map(Body::slug).orElseThrow(),
                    null,
                    null,
                    follow.createdAt()));
  }
}
