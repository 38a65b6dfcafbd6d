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
import kz.kenes.forum.member.Member;

/**
 * A member's flag on a post, in one round of its review item: a member flags a post at most once
 * per round (the database enforces it), so a second flag while the first is open is a conflict.
 */
@Entity
@Table(name = "flag")
public class Flag {
  public static final int NOTE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", updatable = false)
  private ReviewItem item;

  /** The same column as {@link #item}, readable without loading the item. */
  @Column(name = "item_id", insertable = false, updatable = false)
  private Long itemId;

  @Column(name = "flag_round", nullable = false, updatable = false)
  private int round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "flagger_id", updatable = false)
  private Member flagger;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private FlagReason reason;

  @Column(updatable = false)
  private String note;

  @Column(nullable = false, updatable = false)
  private int weight;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Flag() {}

  Flag(ReviewItem item, Member flagger, FlagReason reason, String note, int weight, Instant now) {
    this.item = item;
    this.round = item.round();
    this.flagger = flagger;
    this.reason = reason;
    this.note = note;
    this.weight = weight;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public Long itemId() {
    return itemId;
  }

  public FlagReason reason() {
    return reason;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public int weight() {
    return weight;
  }

  public int round() {
    return round;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
