package kz.kenes.forum.thread.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.ThreadDetails;
import kz.kenes.forum.thread.ThreadStatus;
import kz.kenes.forum.thread.ThreadType;

/**
 * A thread with its posts; {@code bodyHtml} is the opening post's cooked HTML, {@code
 * officialAnswer} is null until an official answers, {@code dueAt} is set while a proposal awaits a
 * response. {@code posts} holds the opening post and one page of replies; {@code postsNextAfter},
 * when not null, is the {@code ?after=} of the next page.
 */
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
    int supportCount,
    Instant dueAt,
    boolean pinned,
    long openingPostId,
    String bodyHtml,
    List<PostView> posts,
    OfficialAnswerView officialAnswer,
    List<kz.kenes.forum.claim.api.ClaimReviewView> claimReviews,
    Integer postsNextAfter,
    PostedForView postedFor) {

  public static ThreadView of(ThreadDetails details, PageLinks links) {
    return of(details, List.of(), links);
  }

  public static ThreadView of(
      ThreadDetails details, List<kz.kenes.forum.claim.ClaimReview> claimReviews, PageLinks links) {
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
        t.supportCount(),
        t.dueAt().orElse(null),
        t.pinned(),
        opening.id(),
        opening.publiclyVisible() ? opening.cooked() : null,
        details.posts().stream().map(p -> PostView.of(p, links)).toList(),
        details
            .officialAnswer()
            .map(a -> OfficialAnswerView.of(a, details.answerRevisions()))
            .orElse(null),
        kz.kenes.forum.claim.api.ClaimReviewView.of(claimReviews),
        details.nextAfter().orElse(null),
        PostedForView.of(t));
  }
}
