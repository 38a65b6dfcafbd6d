package kz.kenes.forum.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A resident's support of a proposal: one per resident per proposal. */
@Entity
@Table(name = "support")
public class Support {
  /** The key: which thread, which member. */
  @Embeddable
  public record Key(
      @Column(name = "thread_id") Long threadId, @Column(name = "member_id") Long memberId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Support() {}

  Support(long threadId, long memberId, Instant now) {
    this.key = new Key(threadId, memberId);
    this.createdAt = Objects.requireNonNull(now);
  }

  public Key key() {
    return key;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
