package kz.kenes.forum.thread;

import java.util.Objects;

/**
 * What a misinformation label on a post points to: the official answer or the confirmed-information
 * card that corrects it. The web layer turns it into a link ({@link
 * kz.kenes.forum.platform.PageLinks#label}).
 */
public record LabelTarget(Kind kind, long id) {
  public enum Kind {
    /** An official answer, by its id. */
    OFFICIAL_ANSWER,
    /** A confirmed-information card, by its id. */
    CLAIM_REVIEW
  }

  public LabelTarget {
    Objects.requireNonNull(kind);
  }
}
