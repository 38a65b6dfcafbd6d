package kz.kenes.forum.claim;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A confirmed information card shown on a thread that repeats its rumour. A card is attached to a
 * thread at most once; an attachment is never changed.
 */
@Entity
@Table(name = "thread_claim_review")
public class ThreadClaimReview {
  @EmbeddedId private ThreadClaimReviewId id;

  @Column(name = "attached_at", nullable = false, updatable = false)
  private Instant attachedAt;

  @Column(name = "attached_by", nullable = false, updatable = false)
  private String attachedBy;

  protected ThreadClaimReview() {}

  ThreadClaimReview(ThreadClaimReviewId id, String attachedBy, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.attachedBy = Objects.requireNonNull(attachedBy);
    this.attachedAt = Objects.requireNonNull(now);
  }

  public ThreadClaimReviewId id() {
    return id;
  }

  public Instant attachedAt() {
    return attachedAt;
  }

  public String attachedBy() {
    return attachedBy;
  }
}
