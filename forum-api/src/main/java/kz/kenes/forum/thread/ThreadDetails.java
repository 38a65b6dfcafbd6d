package kz.kenes.forum.thread;

import java.util.List;
import java.util.Optional;

/**
 * A thread as a reader sees it: its posts (the opening post first), the official answer with its
 * earlier texts, and what the reader may do here.
 */
public record ThreadDetails(
    Thread thread,
    List<Post> posts,
    Optional<OfficialAnswer> officialAnswer,
    List<OfficialAnswerRevision> answerRevisions,
    Viewer viewer) {

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
