package kz.kenes.moderation.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One change of a review item's status, with who, why and when; never changed or deleted. */
@Entity
@Table(name = "review_event")
public class ReviewEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", updatable = false)
  private ReviewItem item;

  /** The same column as {@link #item}, readable without loading the item. */
  @Column(name = "item_id", insertable = false, updatable = false)
  private Long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private ReviewStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private ReviewStatus to;

  /** A {@link ModerationAction}'s name, or {@code FLAGS} (a new round) or {@code CONTEST}. */
  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String reason;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  protected ReviewEvent() {}

  ReviewEvent(
      ReviewItem item,
      ReviewStatus from,
      ReviewStatus to,
      String action,
      String actor,
      String reason,
      Instant at) {
    this.item = item;
    this.from = from;
    this.to = to;
    this.action = action;
    this.actor = actor;
    this.reason = reason;
    this.at = at;
  }

  public Long id() {
    return id;
  }

  public Long itemId() {
    return itemId;
  }

  public Optional<ReviewStatus> from() {
    return Optional.ofNullable(from);
  }

  public ReviewStatus to() {
    return to;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Instant at() {
    return at;
  }
}
