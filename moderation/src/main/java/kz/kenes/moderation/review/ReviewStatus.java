package kz.kenes.moderation.review;

import java.util.Objects;
import kz.kenes.forum.platform.DomainException;

/**
 * Where a review item (one per flagged post) stands. Deliberately simple: a pending item gets one
 * decision; a decided item only goes back to {@link #PENDING} (the author contests, or new flags
 * arrive) and is decided afresh, so every change of mind leaves a pending step in the history
 * rather than a silent switch between decisions.
 */
public enum ReviewStatus {
  /** Waiting for a moderator. */
  PENDING,
  /** The post stays visible (the thread may have been locked). */
  KEPT,
  /** The post is hidden from the public, with a statement of reasons to its author. */
  HIDDEN,
  /** The post is removed. */
  REMOVED,
  /** The post stays with a misinformation label linking the confirmed information. */
  LABELLED,
  /** The post became a formal appeal. */
  ESCALATED,
  /** The flags were unfounded. */
  IGNORED;

  /** Whether an item in this status may move to {@code next}. */
  public boolean canMoveTo(ReviewStatus next) {
    Objects.requireNonNull(next, "next");
    return this == PENDING ? next != PENDING : next == PENDING;
  }

  /**
   * Guards a transition.
   *
   * @throws DomainException.Conflict {@code error.review.transition} with this and {@code next}'s
   *     names when it is not allowed (e.g. a second moderator deciding an item already decided)
   */
  public void requireMoveTo(ReviewStatus next) {
    if (!canMoveTo(next)) {
      throw new DomainException.Conflict("error.review.transition", name(), next.name());
    }
  }

  /** A moderator has decided the item: every status but {@link #PENDING}. */
  public boolean decided() {
    return this != PENDING;
  }
}
