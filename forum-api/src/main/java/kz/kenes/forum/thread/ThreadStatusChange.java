package kz.kenes.forum.thread;

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

/** One step of a thread's life: who moved it from which status to which, when and why. */
@Entity
@Table(name = "thread_status_change")
public class ThreadStatusChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private ThreadStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private ThreadStatus to;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String reason;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  protected ThreadStatusChange() {}

  ThreadStatusChange(
      Thread thread, ThreadStatus from, ThreadStatus to, String actor, String reason, Instant at) {
    this.thread = Objects.requireNonNull(thread);
    this.from = from;
    this.to = Objects.requireNonNull(to);
    this.actor = Objects.requireNonNull(actor);
    this.reason = reason;
    this.at = Objects.requireNonNull(at);
  }

  public ThreadStatus from() {
    return from;
  }

  public ThreadStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }

  public Instant at() {
    return at;
  }
}
