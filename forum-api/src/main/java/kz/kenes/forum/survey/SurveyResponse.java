package kz.kenes.forum.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * One set of answers, without who gave them: a random id, no time, no member. Its answers are
 * {@link SurveyAnswer} rows.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {
  @Id private String id;

  @Column(name = "survey_id", nullable = false, updatable = false)
  private long surveyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SurveyChannel channel;

  protected SurveyResponse() {}

  SurveyResponse(long surveyId, SurveyChannel channel) {
    this.id = UUID.randomUUID().toString();
    this.surveyId = surveyId;
    this.channel = Objects.requireNonNull(channel);
  }

  public String id() {
    return id;
  }

  public SurveyChannel channel() {
    return channel;
  }
}
