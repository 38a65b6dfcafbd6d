package kz.kenes.forum.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.platform.LocalizedText;

/** One question of a survey; fixed once the survey is published. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survey_id", updatable = false)
  private Survey survey;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "question_key", nullable = false, updatable = false)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private QuestionType type;

  @Embedded private LocalizedText text;

  @Column(nullable = false, updatable = false)
  private boolean optional;

  @Column(name = "leader_id", updatable = false)
  private Long leaderId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private LeaderCriterion criterion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "survey_option", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  private List<SurveyOption> options = new ArrayList<>();

  protected SurveyQuestion() {}

  SurveyQuestion(
      Survey survey,
      int position,
      String key,
      QuestionType type,
      LocalizedText text,
      boolean optional,
      List<SurveyOption> options,
      Long leaderId,
      LeaderCriterion criterion) {
    this.survey = Objects.requireNonNull(survey);
    this.position = position;
    this.key = Objects.requireNonNull(key);
    this.type = Objects.requireNonNull(type);
    this.text = Objects.requireNonNull(text);
    this.optional = optional;
    this.options = new ArrayList<>(options);
    this.leaderId = leaderId;
    this.criterion = criterion;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String key() {
    return key;
  }

  public QuestionType type() {
    return type;
  }

  public LocalizedText text() {
    return text;
  }

  public boolean optional() {
    return optional;
  }

  public List<SurveyOption> options() {
    return List.copyOf(options);
  }

  public Optional<SurveyOption> option(String optionKey) {
    return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
  }

  /** The leader this question rates (leader rating surveys only). */
  public Optional<Long> leaderId() {
    return Optional.ofNullable(leaderId);
  }

  public Optional<LeaderCriterion> criterion() {
    return Optional.ofNullable(criterion);
  }
}
