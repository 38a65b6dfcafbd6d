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
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;

/** An earlier text of an official answer, with who wrote it. Never changed, never deleted. */
@Entity
@Table(name = "official_answer_revision")
public class OfficialAnswerRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "answer_id", updatable = false)
  private OfficialAnswer answer;

  @Column(nullable = false, updatable = false)
  private int revision;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "official_id", updatable = false)
  private Member official;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "served_body_id", updatable = false)
  private Body servedBody;

  @Column(updatable = false)
  private String position;

  @Column(nullable = false, updatable = false)
  private String raw;

  @Column(nullable = false, updatable = false)
  private String cooked;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected OfficialAnswerRevision() {}

  OfficialAnswerRevision(
      OfficialAnswer answer,
      int revision,
      Member official,
      Body servedBody,
      String position,
      String raw,
      String cooked,
      Instant writtenAt) {
    this.answer = Objects.requireNonNull(answer);
    this.revision = revision;
    this.official = Objects.requireNonNull(official);
    this.servedBody = Objects.requireNonNull(servedBody);
    this.position = position;
    this.raw = Objects.requireNonNull(raw);
    this.cooked = Objects.requireNonNull(cooked);
    this.writtenAt = Objects.requireNonNull(writtenAt);
  }

  public int revision() {
    return revision;
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

  public String cooked() {
    return cooked;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
