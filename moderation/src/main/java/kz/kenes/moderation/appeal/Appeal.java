package kz.kenes.moderation.appeal;

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
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.Thread;

/**
 * A formal appeal (өтініш) made from a forum post (a frozen snapshot of the post, its category and
 * the addressee body) or taken by an operator at intake ({@link #taken}), then — once the applicant
 * completes it — a registration number, a legal deadline, an executor and an answer. The status
 * changes only through {@link #move}, which checks {@link AppealStatus}'s one transition table and
 * returns the step to keep. The applicant's personal data is not here: it lives in {@link
 * AppealApplicant}, read only through an audited path.
 */
@Entity
@Table(name = "appeal")
public class Appeal {
  public static final int SUBJECT_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "post_id", updatable = false)
  private Post post;

  /** The same column as {@link #post}, readable without loading the post. */
  @Column(name = "post_id", insertable = false, updatable = false)
  private Long postId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "thread_id", updatable = false)
  private Thread thread;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  /** The member the appeal belongs to; null while an appeal taken at intake is unclaimed. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "applicant_id")
  private Member applicant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AppealChannel channel;

  /** The operator who took it at intake, or null. */
  @Column(name = "taken_by", updatable = false)
  private String takenBy;

  /** Where the resident wrote it (a social network's message), or null. */
  @Column(name = "source_url", updatable = false)
  private String sourceUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppealStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Category category;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "snapshot_text", nullable = false, updatable = false)
  private String snapshotText;

  @Column(name = "reg_year")
  private Integer year;

  @Column(name = "reg_sequence")
  private Long sequence;

  @Column private String number;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registration_day")
  private LocalDate registrationDay;

  @Column(name = "original_deadline")
  private LocalDate originalDeadline;

  @Column private LocalDate deadline;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "executor_id")
  private Member executor;

  @Enumerated(EnumType.STRING)
  @Column
  private AppealResult result;

  @Column(name = "answer_text")
  private String answerText;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "publish_answer", nullable = false)
  private boolean publishAnswer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "redirected_from_id", updatable = false)
  private Appeal redirectedFrom;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "redirected_to_id")
  private Appeal redirectedTo;

  /** The appeal this one complains about, at the higher body (missed deadline or refusal). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "complaint_of_id", updatable = false)
  private Appeal complaintOf;

  @Column(name = "escalated_by", nullable = false, updatable = false)
  private String escalatedBy;

  /** The public session whose question this appeal was made from, or null. */
  @Column(name = "session_id", updatable = false)
  private Long sessionId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Appeal() {}

  /** A draft made from a post: the snapshot is frozen here. */
  Appeal(Post post, Body addressee, String escalatedBy, Instant now) {
    this.post = Objects.requireNonNull(post);
    this.postId = post.id();
    this.thread = post.thread();
    this.body = Objects.requireNonNull(addressee);
    this.applicant = post.author();
    this.channel = AppealChannel.ofEscalation(post.author().username().equals(escalatedBy));
    this.status = AppealStatus.DRAFT;
    this.category = thread.category();
    String title = thread.title();
    this.subject = title.length() > SUBJECT_MAX ? title.substring(0, SUBJECT_MAX) : title;
    this.snapshotText = post.raw();
    this.escalatedBy = Objects.requireNonNull(escalatedBy);
    this.createdAt = now;
  }

  /** The appeal as the competent body receives it when {@code from} is redirected there. */
  Appeal(Appeal from, Body competent, String actor, Instant now) {
    this.post = from.post;
    this.postId = from.postId();
    this.thread = from.thread;
    this.body = Objects.requireNonNull(competent);
    this.applicant = from.applicant;
    this.channel = from.channel;
    this.takenBy = from.takenBy;
    this.sourceUrl = from.sourceUrl;
    this.status = AppealStatus.DRAFT;
    this.category = from.category;
    this.subject = from.subject;
    this.snapshotText = from.snapshotText;
    this.publishAnswer = from.publishAnswer;
    this.redirectedFrom = from;
    this.escalatedBy = actor;
    this.createdAt = now;
  }

  /**
   * An appeal an operator takes at intake for a resident who came, called, wrote on paper or in a
   * social network: no post or thread; the applicant is the member whose verified phone it is, or
   * none until that member claims it.
   */
  static Appeal taken(
      Intake intake, Body addressee, Member applicant, String operator, Instant now) {
    if (!intake.channel().intake()) {
      throw new IllegalArgumentException("not an intake channel: " + intake.channel());
    }
    Appeal appeal = new Appeal();
    appeal.body = Objects.requireNonNull(addressee);
    appeal.applicant = applicant;
    appeal.channel = intake.channel();
    appeal.takenBy = Objects.requireNonNull(operator);
    appeal.sourceUrl = intake.sourceUrl();
    appeal.status = AppealStatus.DRAFT;
    appeal.category = Objects.requireNonNull(intake.category());
    appeal.subject = Objects.requireNonNull(intake.subject());
    appeal.snapshotText = Objects.requireNonNull(intake.text());
    appeal.escalatedBy = operator;
    appeal.createdAt = now;
    return appeal;
  }

  /**
   * A draft made from a resident's question to a public session of {@code addressee}: no post or
   * thread; the asker is the applicant; linked to the session.
   */
  static Appeal fromSessionQuestion(
      SessionQuestionText question, Body addressee, Member asker, String actor, Instant now) {
    Appeal appeal = new Appeal();
    appeal.body = Objects.requireNonNull(addressee);
    appeal.applicant = Objects.requireNonNull(asker);
    appeal.channel = AppealChannel.SESSION_QUESTION;
    appeal.status = AppealStatus.DRAFT;
    appeal.category = Objects.requireNonNull(question.category());
    String subject = question.subject();
    appeal.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
    appeal.snapshotText = Objects.requireNonNull(question.text());
    appeal.sessionId = question.sessionId();
    appeal.escalatedBy = Objects.requireNonNull(actor);
    appeal.createdAt = now;
    return appeal;
  }

  /** A session question as it becomes an appeal: its session, category, subject and text. */
  public record SessionQuestionText(
      long sessionId, Category category, String subject, String text) {}

  /** What an operator took down at intake, checked. */
  record Intake(
      AppealChannel channel, Category category, String subject, String text, String sourceUrl) {}

  /**
   * The member whose verified phone the appeal was taken for claims it; false when it already
   * belongs to someone.
   */
  boolean claimBy(Member member) {
    if (applicant != null) {
      return false;
    }
    this.applicant = Objects.requireNonNull(member);
    return true;
  }

  /** The first step of an appeal: its draft was made (by escalation or by redirection). */
  AppealStep drafted(String actor, Instant now) {
    return new AppealStep(this, null, AppealStatus.DRAFT, actor, null, now);
  }

  /**
   * A complaint to the higher body about {@code about}: the same applicant and post, its text
   * followed by the applicant's reason.
   */
  static Appeal complaint(Appeal about, Body higher, String reason, String actor, Instant now) {
    Appeal complaint = new Appeal();
    complaint.post = about.post;
    complaint.postId = about.postId();
    complaint.thread = about.thread;
    complaint.body = Objects.requireNonNull(higher);
    complaint.applicant = about.applicant;
    complaint.channel = about.channel;
    complaint.status = AppealStatus.DRAFT;
    complaint.category = about.category;
    complaint.subject = about.subject;
    String text = about.snapshotText + "\n\n---\n" + about.number().orElse("") + ": " + reason;
    complaint.snapshotText = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    complaint.publishAnswer = about.publishAnswer;
    complaint.complaintOf = about;
    complaint.escalatedBy = actor;
    complaint.createdAt = now;
    return complaint;
  }

  public Optional<Appeal> complaintOf() {
    return Optional.ofNullable(complaintOf);
  }

  /** The one way the status changes; returns the step for the caller to keep. */
  AppealStep move(AppealStatus next, String actor, String note, Instant now) {
    status.requireMoveTo(next);
    AppealStep step = new AppealStep(this, status, next, actor, note, now);
    this.status = next;
    return step;
  }

  void register(
      int year, long sequence, String number, Instant at, LocalDate day, LocalDate deadline) {
    this.year = year;
    this.sequence = sequence;
    this.number = number;
    this.registeredAt = at;
    this.registrationDay = day;
    this.originalDeadline = deadline;
    this.deadline = deadline;
  }

  void consentToPublish(boolean publish) {
    this.publishAnswer = publish;
  }

  void assignTo(Member newExecutor) {
    this.executor = Objects.requireNonNull(newExecutor);
  }

  void extendTo(LocalDate newDeadline) {
    this.deadline = Objects.requireNonNull(newDeadline);
  }

  void answer(AppealResult answerResult, String text, Instant at) {
    this.result = Objects.requireNonNull(answerResult);
    this.answerText = Objects.requireNonNull(text);
    this.answeredAt = at;
  }

  void redirectedTo(Appeal successor) {
    this.redirectedTo = successor;
  }

  public Long id() {
    return id;
  }

  public Post post() {
    return post;
  }

  /** The post it was escalated from; null for an appeal taken at intake. */
  public Long postId() {
    return postId != null ? postId : post == null ? null : post.id();
  }

  public Thread thread() {
    return thread;
  }

  public Body body() {
    return body;
  }

  public AppealChannel channel() {
    return channel;
  }

  public Optional<String> takenBy() {
    return Optional.ofNullable(takenBy);
  }

  public Optional<String> sourceUrl() {
    return Optional.ofNullable(sourceUrl);
  }

  /** The applicant member; null while an appeal taken at intake is unclaimed. */
  public Member applicant() {
    return applicant;
  }

  /** The applicant's username; empty while an appeal taken at intake is not yet claimed. */
  public Optional<String> applicantUsername() {
    return applicant == null ? Optional.empty() : Optional.of(applicant.username());
  }

  public AppealStatus status() {
    return status;
  }

  public Category category() {
    return category;
  }

  public String subject() {
    return subject;
  }

  /** The text of the post as it was escalated: restricted, shown to the applicant and staff. */
  public String snapshotText() {
    return snapshotText;
  }

  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  public Optional<Instant> registeredAt() {
    return Optional.ofNullable(registeredAt);
  }

  public Optional<LocalDate> registrationDay() {
    return Optional.ofNullable(registrationDay);
  }

  public Optional<LocalDate> originalDeadline() {
    return Optional.ofNullable(originalDeadline);
  }

  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  public Optional<Member> executor() {
    return Optional.ofNullable(executor);
  }

  public Optional<AppealResult> result() {
    return Optional.ofNullable(result);
  }

  public Optional<String> answerText() {
    return Optional.ofNullable(answerText);
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public boolean publishAnswer() {
    return publishAnswer;
  }

  public Optional<Appeal> redirectedFrom() {
    return Optional.ofNullable(redirectedFrom);
  }

  public Optional<Appeal> redirectedTo() {
    return Optional.ofNullable(redirectedTo);
  }

  public String escalatedBy() {
    return escalatedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The public session whose question this appeal was made from. */
  public Optional<Long> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  public long version() {
    return version;
  }
}
