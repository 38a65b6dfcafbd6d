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
import java.time.Instant;
import java.util.Objects;

/** An earlier text of a post, kept when its author edited it. Never changed. */
@Entity
@Table(name = "post_revision")
public class PostRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "post_id", updatable = false)
  private Post post;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(nullable = false, updatable = false)
  private String raw;

  @Column(nullable = false, updatable = false)
  private String cooked;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected PostRevision() {}

  PostRevision(Post post, int revision, String raw, String cooked, Instant writtenAt) {
    this.post = Objects.requireNonNull(post);
    this.revision = revision;
    this.raw = Objects.requireNonNull(raw);
    this.cooked = Objects.requireNonNull(cooked);
    this.writtenAt = Objects.requireNonNull(writtenAt);
  }

  public int revision() {
    return revision;
  }

  public String raw() {
    return raw;
  }

  public String cooked() {
    return cooked;
  }

  /** When this text was written (the post's creation or an earlier edit). */
  public Instant writtenAt() {
    return writtenAt;
  }
}
