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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.thread.Post;
import kz.kenes.moderation.session.SessionQuestion;

/**
 * The one review item of a flagged post or session question (like Discourse's Reviewable): its
 * flags' score, its status and the last decision. Every change goes through one transition method,
 * which returns the history row to keep; {@code @Version} makes two moderators deciding at once end
 * in one success and one conflict. A decided item returns to the queue when new flags come in (a
 * new round) or when the author contests the decision, once.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The flagged post; null when the item is of a {@link #question}. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "post_id", updatable = false)
  private Post post;

  /** The flagged question to a public session; null when the item is of a {@link #post}. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id", updatable = false)
  private SessionQuestion question;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewStatus status;

  @Column(nullable = false)
  private int score;

  @Column(name = "flag_round", nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(name = "last_action")
  private ModerationAction lastAction;

  @Column(name = "last_reason")
  private String lastReason;

  @Column(name = "last_moderator")
  private String lastModerator;

  @Column(nullable = false)
  private boolean contested;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ReviewItem() {}

  ReviewItem(Post post, Instant now) {
    this.post = Objects.requireNonNull(post);
    this.body = post.thread().body();
    this.status = ReviewStatus.PENDING;
    this.round = 1;
    this.createdAt = now;
    this.updatedAt = now;
  }

  ReviewItem(SessionQuestion question, Instant now) {
    this.question = Objects.requireNonNull(question);
    this.body = question.session().body();
    this.status = ReviewStatus.PENDING;
    this.round = 1;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  /** The question of an item of a session question; empty for a post's. */
  public Optional<SessionQuestion> question() {
    return Optional.ofNullable(question);
  }

  /** The flagged post; null for an item of a session question ({@link #question()}). */
  public Post post() {
    return post;
  }

  public Body body() {
    return body;
  }

  public ReviewStatus status() {
    return status;
  }

  public int score() {
    return score;
  }

  public int round() {
    return round;
  }

  public long version() {
    return version;
  }

  public boolean contested() {
    return contested;
  }

  public Optional<ModerationAction> lastAction() {
    return Optional.ofNullable(lastAction);
  }

  public Optional<String> lastReason() {
    return Optional.ofNullable(lastReason);
  }

  public Optional<String> lastModerator() {
    return Optional.ofNullable(lastModerator);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Adds a flag's weight; a decided item starts a new round pending review. */
  ReviewEvent flagged(int weight, String flagger, Instant now) {
    ReviewEvent reopened = null;
    if (status.decided()) {
      reopened = transition(ReviewStatus.PENDING, "FLAGS", flagger, null, now);
      round++;
      score = 0;
    }
    score += weight;
    updatedAt = now;
    return reopened;
  }

  /** The one way the status changes; returns the history row for the caller to keep. */
  ReviewEvent decide(ModerationAction action, String actor, String reason, Instant now) {
    ReviewEvent event = transition(action.outcome(), action.name(), actor, reason, now);
    this.lastAction = action;
    this.lastReason = reason;
    this.lastModerator = actor;
    return event;
  }

  private ReviewEvent transition(
      ReviewStatus next, String action, String actor, String reason, Instant now) {
    status.requireMoveTo(next);
    ReviewEvent event = new ReviewEvent(this, status, next, action, actor, reason, now);
    this.status = next;
    this.updatedAt = now;
    return event;
  }

  /** The author contests the decision: back to the queue, for a different moderator; once only. */
  ReviewEvent contest(String author, String reason, Instant now) {
    if (contested) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.review.contested");
    }
    if (!status.decided()) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.review.not-decided");
    }
    contested = true;
    return transition(ReviewStatus.PENDING, "CONTEST", author, reason, now);
  }
}
