package kz.kenes.forum.survey;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.LocalizedText;

/**
 * A body's survey: questions fixed at publication, an answering window, and one explicit state
 * machine ({@link SurveyStatus}) whose every step is a {@link SurveyStatusChange}. Results exist
 * only once it is {@link SurveyStatus#CLOSED}.
 */
@Entity
@Table(name = "survey")
public class Survey {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SurveyKind kind;

  @Column(name = "rating_year", updatable = false)
  private Integer ratingYear;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "kk", column = @Column(name = "title_kk")),
    @AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private LocalizedText title;

  @Column(name = "opens_at", nullable = false, updatable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false, updatable = false)
  private Instant closesAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SurveyStatus status;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "survey", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<SurveyQuestion> questions = new ArrayList<>();

  @OneToMany(mappedBy = "survey", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<SurveyStatusChange> history = new ArrayList<>();

  protected Survey() {}

  Survey(
      Body body,
      SurveyKind kind,
      Integer ratingYear,
      LocalizedText title,
      Instant opensAt,
      Instant closesAt,
      String createdBy,
      Instant now) {
    this.body = Objects.requireNonNull(body);
    this.kind = Objects.requireNonNull(kind);
    this.ratingYear = ratingYear;
    this.title = Objects.requireNonNull(title);
    this.opensAt = Objects.requireNonNull(opensAt);
    this.closesAt = Objects.requireNonNull(closesAt);
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("a survey closes after it opens");
    }
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(now);
    this.status = SurveyStatus.OPEN;
    history.add(new SurveyStatusChange(this, null, SurveyStatus.OPEN, createdBy, null, now));
  }

  /** Adds a question at the end (while the survey is being built, before it is persisted). */
  void addQuestion(
      String key,
      QuestionType type,
      LocalizedText text,
      boolean optional,
      List<SurveyOption> options,
      Long leaderId,
      LeaderCriterion criterion) {
    if (id != null) {
      throw new IllegalStateException("questions are fixed once a survey is published");
    }
    questions.add(
        new SurveyQuestion(
            this, questions.size(), key, type, text, optional, options, leaderId, criterion));
  }

  /**
   * The one entry point of the state machine: moves to {@code to} and records who did it and why;
   * 409 when the move is not allowed from the current status.
   */
  public SurveyStatusChange transitionTo(SurveyStatus to, String actor, String reason, Instant at) {
    Objects.requireNonNull(to);
    if (!status.canMoveTo(to)) {
      throw new DomainException.Conflict("error.survey.transition", status.name(), to.name());
    }
    SurveyStatusChange change = new SurveyStatusChange(this, status, to, actor, reason, at);
    status = to;
    history.add(change);
    return change;
  }

  /** Whether the closing time has passed while the survey is still open. */
  public boolean isDue(Instant now) {
    return status == SurveyStatus.OPEN && !now.isBefore(closesAt);
  }

  /** Whether answers are taken now: open, and within the window. */
  public boolean isAnswerable(Instant now) {
    return status == SurveyStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public Long id() {
    return id;
  }

  public Body body() {
    return body;
  }

  public SurveyKind kind() {
    return kind;
  }

  public Optional<Integer> ratingYear() {
    return Optional.ofNullable(ratingYear);
  }

  public LocalizedText title() {
    return title;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public SurveyStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public List<SurveyQuestion> questions() {
    return List.copyOf(questions);
  }

  public Optional<SurveyQuestion> question(String key) {
    return questions.stream().filter(q -> q.key().equals(key)).findFirst();
  }

  public List<SurveyStatusChange> history() {
    return List.copyOf(history);
  }
}
