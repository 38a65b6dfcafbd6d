package kz.kenes.moderation.review;

/**
 * What a moderator does with a review item. Actions and statuses are separate because two actions
 * can lead to the same status: locking the thread keeps the post itself ({@link
 * ReviewStatus#KEPT}).
 */
public enum ModerationAction {
  KEEP(ReviewStatus.KEPT),
  HIDE(ReviewStatus.HIDDEN),
  REMOVE(ReviewStatus.REMOVED),
  /** Locks the thread; the post stays, so the item is {@link ReviewStatus#KEPT}. */
  LOCK(ReviewStatus.KEPT),
  LABEL(ReviewStatus.LABELLED),
  ESCALATE(ReviewStatus.ESCALATED),
  IGNORE(ReviewStatus.IGNORED);

  private final ReviewStatus outcome;

  ModerationAction(ReviewStatus outcome) {
    this.outcome = outcome;
  }

  /** The status the review item takes after this action. */
  public ReviewStatus outcome() {
    return outcome;
  }
}
