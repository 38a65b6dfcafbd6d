package kz.kenes.forum.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kz.kenes.forum.body.Body;

/**
 * The public face of a registered formal appeal made from a post of a thread: its number, body and
 * status — what the thread page shows and search finds. No applicant and no appeal text: those stay
 * in the moderation module. The moderation module writes it in its use cases.
 */
@Entity
@Table(name = "thread_appeal")
public class ThreadAppeal {
  @Id
  @Column(name = "appeal_id")
  private Long appealId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Column(name = "post_id", nullable = false, updatable = false)
  private long postId;

  @Column(nullable = false, updatable = false)
  private String number;

  @Column(nullable = false)
  private String status;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ThreadAppeal() {}

  public ThreadAppeal(
      long appealId,
      Thread thread,
      Body body,
      long postId,
      String number,
      String status,
      Instant now) {
    this.appealId = appealId;
    this.thread = Objects.requireNonNull(thread);
    this.body = Objects.requireNonNull(body);
    this.postId = postId;
    this.number = Objects.requireNonNull(number);
    this.status = Objects.requireNonNull(status);
    this.updatedAt = now;
  }

  /** The appeal moved on; the public sees its new status. */
  public void status(String newStatus, Instant now) {
    this.status = Objects.requireNonNull(newStatus);
    this.updatedAt = now;
  }

  public Long appealId() {
    return appealId;
  }

  public Thread thread() {
    return thread;
  }

  public Body body() {
    return body;
  }

  public long postId() {
    return postId;
  }

  public String number() {
    return number;
  }

  public String status() {
    return status;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
