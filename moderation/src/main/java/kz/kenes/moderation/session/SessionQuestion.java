package kz.kenes.moderation.session;

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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.thread.Category;

/**
 * A resident's question to a session. Its way: asked, then answered at the session, owed in writing
 * (with a deadline of 15 working days once the session is held), answered in writing, or turned
 * into its asker's appeal; a duplicate is merged into the question it repeats. Supports are counted
 * here under a row lock, so that supports at once are counted exactly.
 */
@Entity
@Table(name = "session_question")
public class SessionQuestion {
  public static final int TEXT_MIN = 10;
  public static final int TEXT_MAX = 1000;

  /** Most supports first; among equals, the earlier question first. */
  public static final Comparator<SessionQuestion> BY_SUPPORTS =
      Comparator.comparingInt(SessionQuestion::supports)
          .reversed()
          .thenComparing(SessionQuestion::id, Comparator.nullsLast(Comparator.naturalOrder()));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", updatable = false)
  private PublicSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "asker_id", updatable = false)
  private Member asker;

  @Column(nullable = false, updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuestionStatus status;

  @Column(nullable = false)
  private int supports;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "answer_text")
  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "written_answer_due")
  private LocalDate writtenAnswerDue;

  @Column(name = "appeal_id")
  private Long appealId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private SessionQuestion mergedInto;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected SessionQuestion() {}

  SessionQuestion(
      PublicSession session, Member asker, String text, Category category, Instant now) {
    this.session = Objects.requireNonNull(session);
    this.asker = Objects.requireNonNull(asker);
    this.text = Objects.requireNonNull(text);
    this.category = Objects.requireNonNull(category);
    this.status = QuestionStatus.ASKED;
    this.createdAt = Objects.requireNonNull(now);
  }

  void supported() {
    supports++;
  }

  void answeredAtSession(String summary, String official, Instant now) {
    requireAwaiting();
    this.status = QuestionStatus.ANSWERED_AT_SESSION;
    this.answer = Objects.requireNonNull(summary);
    this.answeredBy = Objects.requireNonNull(official);
    this.answeredAt = now;
    this.writtenAnswerDue = null;
  }

  /** The body owes a written answer; {@code note} may say what it will cover. */
  void owedInWriting(String note) {
    requireAwaiting();
    this.status = QuestionStatus.ANSWER_IN_WRITING;
    if (note != null && !note.isBlank()) {
      this.answer = note;
    }
  }

  void answeredInWriting(String text, String official, Instant now) {
    requireAwaiting();
    this.status = QuestionStatus.ANSWERED_IN_WRITING;
    this.answer = Objects.requireNonNull(text);
    this.answeredBy = Objects.requireNonNull(official);
    this.answeredAt = now;
  }

  /** The session was held without answering this one: the written answer is due then. */
  void dueInWriting(LocalDate due) {
    this.status = QuestionStatus.ANSWER_IN_WRITING;
    this.writtenAnswerDue = Objects.requireNonNull(due);
  }

  void becameAppeal(long appeal) {
    this.status = QuestionStatus.BECAME_APPEAL;
    this.appealId = appeal;
  }

  void mergeInto(SessionQuestion kept) {
    requireAwaiting();
    this.status = QuestionStatus.MERGED;
    this.mergedInto = Objects.requireNonNull(kept);
  }

  /** A moderator hides it from the public, with the reason its asker sees in its place. */
  public void hide(String why) {
    this.hidden = true;
    this.hiddenReason = Objects.requireNonNull(why);
  }

  private void requireAwaiting() {
    if (!status.awaiting()) {
      throw new DomainException.Conflict("error.session.question-settled", status.name());
    }
  }

  public Long id() {
    return id;
  }

  public PublicSession session() {
    return session;
  }

  public Member asker() {
    return asker;
  }

  public String text() {
    return text;
  }

  public Category category() {
    return category;
  }

  public QuestionStatus status() {
    return status;
  }

  public int supports() {
    return supports;
  }

  public boolean hidden() {
    return hidden;
  }

  public Optional<String> hiddenReason() {
    return Optional.ofNullable(hiddenReason);
  }

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
  }

  public Optional<String> answeredBy() {
    return Optional.ofNullable(answeredBy);
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<LocalDate> writtenAnswerDue() {
    return Optional.ofNullable(writtenAnswerDue);
  }

  public Optional<Long> appealId() {
    return Optional.ofNullable(appealId);
  }

  public Optional<SessionQuestion> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
