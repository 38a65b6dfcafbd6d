package kz.kenes.forum.survey;

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
import java.time.Instant;
import java.util.Objects;

/** One step of a survey's life: who moved it from which status to which, when and why. */
@Entity
@Table(name = "survey_status_change")
public class SurveyStatusChange {
  /** The actor recorded when a survey closes because its closing time passed. */
  public static final String SCHEDULE = "kenes";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survey_id", updatable = false)
  private Survey survey;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private SurveyStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private SurveyStatus to;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String reason;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  protected SurveyStatusChange() {}

  SurveyStatusChange(
      Survey survey, SurveyStatus from, SurveyStatus to, String actor, String reason, Instant at) {
    this.survey = Objects.requireNonNull(survey);
    this.from = from;
    this.to = Objects.requireNonNull(to);
    this.actor = Objects.requireNonNull(actor);
    this.reason = reason;
    this.at = Objects.requireNonNull(at);
  }

  public SurveyStatus from() {
    return from;
  }

  public SurveyStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }

  public Instant at() {
    return at;
  }
}
