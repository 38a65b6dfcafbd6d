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
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.thread.Thread;

/**
 * One member hears of something that happened. It names what happened and where, never a text.
 *
 * <p>Most happen on a thread: pages and channels show the thread's title and link to it, and {@code
 * subjectId} is the reply's post, the official answer or the confirmed-information card, or empty.
 * Others happen elsewhere (a public session, a body's monitoring digest): they carry no thread but
 * a {@link Target} — the title to show, the absolute link built with {@link
 * kz.kenes.forum.platform.PageLinks}, and the body it belongs to — written by {@link
 * NotificationService#tell}.
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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  /** The body of a notification without a thread, or null. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  /** What a notification without a thread is about, as shown; null on a thread's. */
  @Column(name = "title", length = Target.TITLE_MAX, updatable = false)
  private String title;

  /** Where a notification without a thread leads (an absolute URL); null on a thread's. */
  @Column(name = "link", length = Target.LINK_MAX, updatable = false)
  private String link;

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

  /** A notification without a thread: about {@code target}. */
  Notification(
      Member recipient, NotificationKind kind, Target target, Long subjectId, Instant now) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.kind = Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    this.body = target.body();
    this.title = target.title();
    this.link = target.link();
    this.subjectId = subjectId;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /**
   * What a notification without a thread is about: the {@code title} shown (never a member's text
   * nor personal data: a session's title, a body's name), the absolute {@code link} to its page
   * built with {@link kz.kenes.forum.platform.PageLinks}, and its {@code body} (or null).
   */
  public record Target(String title, String link, Body body) {
    public static final int TITLE_MAX = 300;
    public static final int LINK_MAX = 500;

    public Target {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(link, "link");
      if (title.length() > TITLE_MAX) {
        title = title.substring(0, TITLE_MAX - 1) + "…";
      }
      if (link.length() > LINK_MAX) {
        throw new IllegalArgumentException("link longer than " + LINK_MAX);
      }
    }
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

  /** The thread it happened on; null for a notification without a thread (see {@link #link}). */
  public Thread thread() {
    return thread;
  }

  public Optional<Thread> onThread() {
    return Optional.ofNullable(thread);
  }

  /** The thread's title, or the title of what a notification without a thread is about. */
  public String title() {
    return thread != null ? thread.title() : title;
  }

  /** The body: the thread's, or the one a notification without a thread belongs to. */
  public Optional<Body> body() {
    return thread != null ? Optional.of(thread.body()) : Optional.ofNullable(body);
  }

  /** The absolute link of a notification without a thread; empty on a thread's. */
  public Optional<String> link() {
    return Optional.ofNullable(link);
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
