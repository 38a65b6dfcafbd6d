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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import kz.kenes.forum.content.CookedText;
import kz.kenes.forum.member.Member;

/**
 * One message of a thread. Keeps the author's Markdown ({@code raw}) and the sanitized HTML cooked
 * from it with the version of the cooking; pages show only the cooked HTML.
 */
@Entity
@Table(name = "post")
public class Post {
  public static final int BODY_MIN = 2;
  public static final int BODY_MAX = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  @Column(name = "post_number", nullable = false, updatable = false)
  private int number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", updatable = false)
  private Member author;

  @Column(nullable = false)
  private String raw;

  @Column(nullable = false)
  private String cooked;

  @Column(name = "cook_version", nullable = false)
  private int cookVersion;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reply_to_post_id", updatable = false)
  private Post replyTo;

  /** The same column as {@link #replyTo}, readable without loading the quoted post. */
  @Column(name = "reply_to_post_id", insertable = false, updatable = false)
  private Long replyToId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostVisibility visibility = PostVisibility.VISIBLE;

  /** Why moderation hid, removed or labelled the post: a reason code of the moderation module. */
  @Column(name = "moderation_reason")
  private String moderationReason;

  /** What a misinformation label points to: its kind (see {@link LabelTarget.Kind})… */
  @Enumerated(EnumType.STRING)
  @Column(name = "label_kind")
  private LabelTarget.Kind labelKind;

  /** …and the id of the official answer or confirmed card that answers the post. */
  @Column(name = "label_target_id")
  private Long labelTargetId;

  @Version private long version;

  protected Post() {}

  Post(Thread thread, int number, Member author, String raw, CookedText cooked, Instant now) {
    this.thread = Objects.requireNonNull(thread);
    this.number = number;
    this.author = Objects.requireNonNull(author);
    this.raw = Objects.requireNonNull(raw);
    this.cooked = cooked.html();
    this.cookVersion = cooked.cookVersion();
    this.createdAt = Objects.requireNonNull(now);
  }

  public Long id() {
    return id;
  }

  public Thread thread() {
    return thread;
  }

  public int number() {
    return number;
  }

  public Member author() {
    return author;
  }

  public String raw() {
    return raw;
  }

  public String cooked() {
    return cooked;
  }

  public int cookVersion() {
    return cookVersion;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean edited() {
    return editedAt != null;
  }

  public java.util.Optional<Instant> editedAt() {
    return java.util.Optional.ofNullable(editedAt);
  }

  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  /** The post this one replies to (quotes), if any. */
  public java.util.Optional<Post> replyTo() {
    return java.util.Optional.ofNullable(replyTo);
  }

  void inReplyTo(Post quoted) {
    if (quoted != null && !quoted.thread.id().equals(thread.id())) {
      throw new IllegalArgumentException("a reply quotes a post of its own thread");
    }
    this.replyTo = quoted;
    this.replyToId = quoted == null ? null : quoted.id;
  }

  /** The id of the post this one quotes, if any. */
  public java.util.Optional<Long> replyToId() {
    return java.util.Optional.ofNullable(replyToId);
  }

  /**
   * The author replaces the text; the text it had is returned as revision {@code revision} to be
   * kept. Withdrawn posts cannot be edited.
   */
  PostRevision edit(
      String newRaw, kz.kenes.forum.content.CookedText newCooked, int revision, Instant now) {
    if (withdrawn()) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.post.withdrawn");
    }
    PostRevision previous =
        new PostRevision(this, revision, raw, cooked, editedAt == null ? createdAt : editedAt);
    this.raw = Objects.requireNonNull(newRaw);
    this.cooked = newCooked.html();
    this.cookVersion = newCooked.cookVersion();
    this.editedAt = now;
    return previous;
  }

  /**
   * Cooks the stored Markdown again with the current cooking (after a sanitizer or Markdown
   * change).
   */
  void recook(kz.kenes.forum.content.CookedText fresh) {
    this.cooked = fresh.html();
    this.cookVersion = fresh.cookVersion();
  }

  /** The author takes the post back: pages and the API no longer show its text. */
  void withdraw(Instant now) {
    if (withdrawn()) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.post.withdrawn");
    }
    this.withdrawnAt = now;
  }

  public PostVisibility visibility() {
    return visibility;
  }

  /** Whether anyone may read the text: neither withdrawn by its author nor hidden or removed. */
  public boolean publiclyVisible() {
    return !withdrawn() && visibility == PostVisibility.VISIBLE;
  }

  public java.util.Optional<String> moderationReason() {
    return java.util.Optional.ofNullable(moderationReason);
  }

  /** The answer or card a misinformation label points to, when the post is labelled. */
  public java.util.Optional<LabelTarget> label() {
    return labelKind == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new LabelTarget(labelKind, labelTargetId));
  }

  /**
   * A moderation decision on the post's visibility, with the reason code the author is told. Only
   * the moderation module calls this, inside its own use cases (which check who may).
   */
  public void moderate(PostVisibility newVisibility, String reason) {
    this.visibility = Objects.requireNonNull(newVisibility);
    this.moderationReason = newVisibility == PostVisibility.VISIBLE ? null : reason;
    if (number == 1) {
      thread.openingPostModerated(newVisibility);
    }
  }

  /** Marks the post as misinformation, pointing to the answer or card that corrects it. */
  public void label(String reason, LabelTarget target) {
    this.visibility = PostVisibility.VISIBLE;
    this.moderationReason = Objects.requireNonNull(reason);
    this.labelKind = target.kind();
    this.labelTargetId = target.id();
    if (number == 1) {
      thread.openingPostModerated(PostVisibility.VISIBLE);
    }
  }
}
