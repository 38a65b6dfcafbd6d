package kz.kenes.forum.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of a card's attachment to a thread: both ids. */
@Embeddable
public class ThreadClaimReviewId implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "thread_id", nullable = false, updatable = false)
  private Long threadId;

  @Column(name = "claim_review_id", nullable = false, updatable = false)
  private Long claimReviewId;

  protected ThreadClaimReviewId() {}

  public ThreadClaimReviewId(long threadId, long claimReviewId) {
    this.threadId = threadId;
    this.claimReviewId = claimReviewId;
  }

  public long threadId() {
    return threadId;
  }

  public long claimReviewId() {
    return claimReviewId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ThreadClaimReviewId that
        && Objects.equals(threadId, that.threadId)
        && Objects.equals(claimReviewId, that.claimReviewId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threadId, claimReviewId);
  }
}
