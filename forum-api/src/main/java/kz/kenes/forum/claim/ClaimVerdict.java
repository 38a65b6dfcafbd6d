package kz.kenes.forum.claim;

/**
 * What an official found a rumour to be. The rating is the schema.org ClaimReview {@code
 * ratingValue} on a scale from 1 (worst: false) to 4 (best: confirmed).
 */
public enum ClaimVerdict {
  /** The information is true: the body confirms it. */
  CONFIRMED(4),
  /** The information is false. */
  FALSE(1),
  /** Partly true, but presented so that it misleads. */
  MISLEADING(2),
  /** The body cannot confirm or refute it yet. */
  UNVERIFIED(3);

  public static final int WORST_RATING = 1;
  public static final int BEST_RATING = 4;

  private final int rating;

  ClaimVerdict(int rating) {
    this.rating = rating;
  }

  /** The schema.org rating value, {@link #WORST_RATING}..{@link #BEST_RATING}. */
  public int rating() {
    return rating;
  }
}
