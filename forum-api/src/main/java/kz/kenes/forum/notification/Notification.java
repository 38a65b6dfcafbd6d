package kz.kenes.forum.notification;

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
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.thread.Thread;

/**
 * One member hears of something that happened on a thread. It names what happened and where, never
 * a text: pages and channels show the thread's title and link to it. {@code subjectId} is the
 * reply's post, the official answer or the confirmed-information card, or empty.
 */
@Entity
@Table(name = "notification")
public class Notification {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", updatable = false)
  private Member recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private NotificationKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  @Column(name = "subject_id", updatable = false)
  private Long subjectId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  Notification(
      Member recipient, NotificationKind kind, Thread thread, Long subjectId, Instant now) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.thread = Objects.requireNonNull(thread, "thread");
    this.subjectId = subjectId;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** The recipient has seen it; reading it again keeps the first time. */
  void markRead(Instant now) {
    if (readAt == null) {
      readAt = Objects.requireNonNull(now);
    }
  }

  /** Null until the in-app channel has stored it. */
  public Long id() {
    return id;
  }

  public Member recipient() {
    return recipient;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Thread thread() {
    return thread;
  }

  public Optional<Long> subjectId() {
    return Optional.ofNullable(subjectId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean read() {
    return readAt != null;
  }
}
