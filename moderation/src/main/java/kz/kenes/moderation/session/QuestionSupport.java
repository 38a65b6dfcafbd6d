package kz.kenes.moderation.session;

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
import kz.kenes.forum.member.Member;

/** One member supports one question (unique per question and member). */
@Entity
@Table(name = "session_question_support")
public class QuestionSupport {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", updatable = false)
  private SessionQuestion question;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected QuestionSupport() {}

  QuestionSupport(SessionQuestion question, Member member, Instant now) {
    this.question = Objects.requireNonNull(question);
    this.member = Objects.requireNonNull(member);
    this.createdAt = Objects.requireNonNull(now);
  }

  public Member member() {
    return member;
  }
}
