package kz.kenes.forum.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
}
