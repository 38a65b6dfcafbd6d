package kz.kenes.forum.thread;

import java.util.List;
import java.util.Optional;

/**
 * A thread as a reader sees it: its posts (the opening post first, then one page of replies), the
 * official answer with its earlier texts, and what the reader may do here. {@code nextAfter} is the
 * post number after which the next page of replies starts, when there is one.
 */
public record ThreadDetails(
    Thread thread,
    List<Post> posts,
    Optional<OfficialAnswer> officialAnswer,
    List<OfficialAnswerRevision> answerRevisions,
    Viewer viewer,
    Optional<Integer> nextAfter) {

  public ThreadDetails(
      Thread thread,
      List<Post> posts,
      Optional<OfficialAnswer> officialAnswer,
      List<OfficialAnswerRevision> answerRevisions,
      Viewer viewer) {
    this(thread, posts, officialAnswer, answerRevisions, viewer, Optional.empty());
  }

  public Post openingPost() {
    return posts.get(0);
  }

  /** What the current reader may do on this thread. */
  public record Viewer(
      boolean signedIn,
      boolean canReply,
      boolean canSupport,
      boolean supported,
      boolean canAnswer,
      boolean following) {
    public static final Viewer ANONYMOUS = new Viewer(false, false, false, false, false, false);
  }
}
