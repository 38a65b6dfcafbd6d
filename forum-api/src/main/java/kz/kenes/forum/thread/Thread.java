package kz.kenes.forum.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.platform.Language;

/** A conversation on a body's community page, opened by its first post. */
@Entity
@Table(name = "forum_thread")
public class Thread {
  public static final int TITLE_MIN = 5;
  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ThreadType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ThreadStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Language language;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", updatable = false)
  private Member author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "post_count", nullable = false)
  private int postCount;

  @Column(name = "support_count", nullable = false)
  private int supportCount;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(nullable = false)
  private boolean pinned;

  /** Whether a post of the thread was made into a formal appeal (its page then shows it). */
  @Column(nullable = false)
  private boolean escalated;

  /** A locked thread takes no more replies (a moderation decision). */
  @Column(nullable = false)
  private boolean locked;

  /**
   * Whether an official answer was published, and how many confirmed-information cards are
   * attached: the thread page asks for them only when there are some.
   */
  @Column(nullable = false)
  private boolean answered;

  @Column(name = "card_count", nullable = false)
  private int cardCount;

  /**
   * Whether moderation hid or removed the opening post: the thread is then shown only to its author
   * and staff (lists, search and its page leave it out for everyone else).
   */
  @Column(nullable = false)
  private boolean hidden;

  /** Set when an operator of the body posted the thread for a resident who is not online. */
  @Embedded private OnBehalf onBehalf;

  @Version private long version;

  protected Thread() {}

  Thread(
      Body body,
      ThreadType type,
      Category category,
      String title,
      Language language,
      Member author,
      Instant now) {
    this.body = Objects.requireNonNull(body);
    this.type = Objects.requireNonNull(type);
    this.category = Objects.requireNonNull(category);
    this.title = Objects.requireNonNull(title);
    this.language = Objects.requireNonNull(language);
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(now);
    this.lastActivityAt = now;
    this.status = ThreadStatus.OPEN;
    this.pinned = type == ThreadType.ANNOUNCEMENT;
  }

  /** The first line of the thread's history. */
  ThreadStatusChange opened(String actor, Instant now) {
    return new ThreadStatusChange(this, null, ThreadStatus.OPEN, actor, null, now);
  }

  /**
   * Moves the thread to {@code target} if its state machine allows it; the returned change is the
   * history row to keep. A move the machine does not allow is a 409.
   */
  ThreadStatusChange transitionTo(ThreadStatus target, String actor, String reason, Instant now) {
    if (!status.canBecome(target)) {
      throw new kz.kenes.forum.platform.DomainException.Conflict(
          "error.thread.status", status.name(), target.name());
    }
    ThreadStatusChange change = new ThreadStatusChange(this, status, target, actor, reason, now);
    status = target;
    if (target != ThreadStatus.AWAITING_RESPONSE) {
      dueAt = target == ThreadStatus.OPEN ? null : dueAt;
    }
    return change;
  }

  /**
   * Counts one more support of this proposal. When the count reaches {@code threshold} while the
   * thread is open, it starts awaiting an official response, due {@code responseDays} later; the
   * returned change records that.
   */
  java.util.Optional<ThreadStatusChange> addSupport(int threshold, int responseDays, Instant now) {
    if (type != ThreadType.PROPOSAL) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.support.proposals-only");
    }
    if (!status.acceptsPosts()) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.thread.closed");
    }
    supportCount++;
    if (status == ThreadStatus.OPEN && supportCount >= threshold) {
      ThreadStatusChange change =
          transitionTo(
              ThreadStatus.AWAITING_RESPONSE, "system", "threshold " + threshold + " reached", now);
      dueAt = now.plus(java.time.Duration.ofDays(responseDays));
      return java.util.Optional.of(change);
    }
    return java.util.Optional.empty();
  }

  /** Takes a new reply: closed threads take none. */
  Post reply(
      Member replyAuthor,
      String raw,
      kz.kenes.forum.content.CookedText cooked,
      Post replyTo,
      Instant now) {
    if (!status.acceptsPosts()) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.thread.closed");
    }
    if (locked) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.thread.locked");
    }
    Post post = addPost(replyAuthor, raw, cooked, now);
    post.inReplyTo(replyTo);
    return post;
  }

  /** Adds the next post of this thread; the first one opens it. */
  Post addPost(
      Member postAuthor, String raw, kz.kenes.forum.content.CookedText cooked, Instant now) {
    postCount++;
    lastActivityAt = now;
    return new Post(this, postCount, postAuthor, raw, cooked, now);
  }

  public Long id() {
    return id;
  }

  public Body body() {
    return body;
  }

  public ThreadType type() {
    return type;
  }

  public Category category() {
    return category;
  }

  public String title() {
    return title;
  }

  public ThreadStatus status() {
    return status;
  }

  public Language language() {
    return language;
  }

  /** Who the operator posted the thread for, when an operator posted it for a resident. */
  public java.util.Optional<OnBehalf> onBehalf() {
    return java.util.Optional.ofNullable(onBehalf);
  }

  /** Marks a thread just opened by an operator as posted for a resident (once, at opening). */
  void postedFor(OnBehalf resident) {
    if (this.onBehalf != null) {
      throw new IllegalStateException("already posted for a resident");
    }
    this.onBehalf = Objects.requireNonNull(resident);
  }

  public Member author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public int postCount() {
    return postCount;
  }

  public long version() {
    return version;
  }

  public int supportCount() {
    return supportCount;
  }

  /** When an official response is due, while the thread awaits one. */
  public java.util.Optional<Instant> dueAt() {
    return java.util.Optional.ofNullable(dueAt);
  }

  public boolean pinned() {
    return pinned;
  }

  public boolean locked() {
    return locked;
  }

  /** Closes the thread to replies; only the moderation module calls this, in its use cases. */
  public void lock() {
    this.locked = true;
  }

  public boolean escalated() {
    return escalated;
  }

  /** A post of the thread became a formal appeal; only the moderation module calls this. */
  public void markEscalated() {
    this.escalated = true;
  }

  /** Whether an official answer was published (it stays, revised, once published). */
  public boolean answered() {
    return answered;
  }

  void markAnswered() {
    this.answered = true;
  }

  /** How many confirmed-information cards are attached to the thread. */
  public int cardCount() {
    return cardCount;
  }

  /** A card was attached; only the claim module calls this. */
  public void cardAttached() {
    this.cardCount++;
  }

  /** Whether the opening post is hidden or removed by moderation (see {@link #hidden}). */
  public boolean hidden() {
    return hidden;
  }

  /** The opening post's visibility changed: the thread follows it. Only {@link Post} calls this. */
  void openingPostModerated(PostVisibility visibility) {
    this.hidden = visibility != PostVisibility.VISIBLE;
  }
}
