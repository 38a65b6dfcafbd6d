package kz.kenes.forum.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.content.CookedText;
import kz.kenes.forum.member.Member;

/**
 * The body's answer to a thread, given in their own name by an official who serves the body (or a
 * body above it). Shown pinned above the posts. A revision never overwrites: the text it replaces
 * is kept as an {@link OfficialAnswerRevision}.
 */
@Entity
@Table(name = "official_answer")
public class OfficialAnswer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "official_id")
  private Member official;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "served_body_id")
  private Body servedBody;

  @Column private String position;

  @Column(nullable = false)
  private String raw;

  @Column(nullable = false)
  private String cooked;

  @Column(name = "cook_version", nullable = false)
  private int cookVersion;

  @Column(nullable = false)
  private int revision;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected OfficialAnswer() {}

  OfficialAnswer(
      Thread thread,
      Member official,
      Body servedBody,
      String position,
      String raw,
      CookedText cooked,
      Instant now) {
    this.thread = Objects.requireNonNull(thread);
    this.revision = 1;
    this.createdAt = Objects.requireNonNull(now);
    write(official, servedBody, position, raw, cooked, now);
  }

  /** A new text of the answer; returns the text it replaces, to be kept. */
  OfficialAnswerRevision revise(
      Member by,
      Body servedAs,
      String newPosition,
      String newRaw,
      CookedText newCooked,
      Instant now) {
    OfficialAnswerRevision previous =
        new OfficialAnswerRevision(
            this, revision, official, servedBody, position, raw, cooked, updatedAt);
    revision++;
    write(by, servedAs, newPosition, newRaw, newCooked, now);
    return previous;
  }

  private void write(
      Member by,
      Body servedAs,
      String newPosition,
      String newRaw,
      CookedText newCooked,
      Instant now) {
    this.official = Objects.requireNonNull(by);
    this.servedBody = Objects.requireNonNull(servedAs);
    this.position = newPosition;
    this.raw = Objects.requireNonNull(newRaw);
    this.cooked = newCooked.html();
    this.cookVersion = newCooked.cookVersion();
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public Thread thread() {
    return thread;
  }

  public Member official() {
    return official;
  }

  public Body servedBody() {
    return servedBody;
  }

  public String position() {
    return position;
  }

  public String raw() {
    return raw;
  }

  public String cooked() {
    return cooked;
  }

  public int revision() {
    return revision;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public boolean edited() {
    return revision > 1;
  }
}
