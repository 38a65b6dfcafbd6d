package kz.kenes.forum.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.thread.Thread;

/**
 * A member follows a body or a thread, to be notified of what happens there. Exactly one of the two
 * is set; the schema keeps one row per member and target, so following twice changes nothing.
 */
@Entity
@Table(name = "follow")
public class Follow {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Follow() {}

  private Follow(Member member, Body body, Thread thread, Instant now) {
    this.member = Objects.requireNonNull(member, "member");
    this.body = body;
    this.thread = thread;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  static Follow body(Member member, Body body, Instant now) {
    return new Follow(member, Objects.requireNonNull(body, "body"), null, now);
  }

  static Follow thread(Member member, Thread thread, Instant now) {
    return new Follow(member, null, Objects.requireNonNull(thread, "thread"), now);
  }

  public Long id() {
    return id;
  }

  public Member member() {
    return member;
  }

  public FollowTarget target() {
    return body != null ? FollowTarget.BODY : FollowTarget.THREAD;
  }

  /** The body followed, if this follows a body. */
  public Optional<Body> body() {
    return Optional.ofNullable(body);
  }

  /** The thread followed, if this follows a thread. */
  public Optional<Thread> thread() {
    return Optional.ofNullable(thread);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
