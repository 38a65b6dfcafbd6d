package kz.kenes.forum.notification;

import kz.kenes.forum.thread.OfficialAnswerPublished;
import kz.kenes.forum.thread.PostPublished;
import kz.kenes.forum.thread.ProposalReachedThreshold;

/**
 * Something that happened on a thread that people may need to hear of, as ids: what ({@code kind}),
 * where ({@code threadId}), about what ({@code subjectId}: the reply's post, the official answer,
 * the confirmed-information card), the post a reply quotes, and who did it when the data does not
 * tell ({@code actorUsername}), and for a personal notice its one recipient ({@code
 * recipientUsername}).
 */
public record Occurrence(
    NotificationKind kind,
    long threadId,
    Long subjectId,
    Long quotedPostId,
    String actorUsername,
    String recipientUsername) {

  public Occurrence(
      NotificationKind kind,
      long threadId,
      Long subjectId,
      Long quotedPostId,
      String actorUsername) {
    this(kind, threadId, subjectId, quotedPostId, actorUsername, null);
  }

  /** Something only one member needs to hear of, such as a step of their appeal. */
  public static Occurrence notice(MemberNotice notice) {
    return new Occurrence(
        notice.kind(), notice.threadId(), notice.subjectId(), null, null, notice.recipient());
  }

  public static Occurrence reply(PostPublished event) {
    return new Occurrence(
        NotificationKind.REPLY, event.threadId(), event.postId(), event.inReplyToPostId(), null);
  }

  public static Occurrence officialAnswer(OfficialAnswerPublished event) {
    return new Occurrence(
        NotificationKind.OFFICIAL_ANSWER, event.threadId(), event.answerId(), null, null);
  }

  public static Occurrence thresholdReached(ProposalReachedThreshold event) {
    return new Occurrence(NotificationKind.THRESHOLD_REACHED, event.threadId(), null, null, null);
  }

  /** A confirmed-information card was attached to a thread by the official {@code attachedBy}. */
  public static Occurrence claimReview(long threadId, long claimReviewId, String attachedBy) {
    return new Occurrence(NotificationKind.CLAIM_REVIEW, threadId, claimReviewId, null, attachedBy);
  }
}
