package kz.kenes.forum.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of a response to one question: an option (one row per chosen option), a rating, or a
 * text that a moderator of the body must approve before anyone sees it.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "response_id", nullable = false, updatable = false)
  private String responseId;

  @Column(name = "question_id", nullable = false, updatable = false)
  private long questionId;

  @Column(name = "option_key", updatable = false)
  private String optionKey;

  @Column(updatable = false)
  private Integer rating;

  @Column(updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "text_status")
  private TextStatus textStatus;

  @Column(name = "decided_by")
  private String decidedBy;

  @Version private long version;

  protected SurveyAnswer() {}

  private SurveyAnswer(
      String responseId, long questionId, String optionKey, Integer rating, String text) {
    this.responseId = Objects.requireNonNull(responseId);
    this.questionId = questionId;
    this.optionKey = optionKey;
    this.rating = rating;
    this.text = text;
    this.textStatus = text == null ? null : TextStatus.PENDING;
  }

  static SurveyAnswer option(String responseId, long questionId, String optionKey) {
    return new SurveyAnswer(responseId, questionId, Objects.requireNonNull(optionKey), null, null);
  }

  static SurveyAnswer rating(String responseId, long questionId, int rating) {
    return new SurveyAnswer(responseId, questionId, null, rating, null);
  }

  static SurveyAnswer text(String responseId, long questionId, String text) {
    return new SurveyAnswer(responseId, questionId, null, null, Objects.requireNonNull(text));
  }

  /** A moderator's decision on a free-text answer; 409 when it was decided already. */
  void decide(TextStatus decision, String moderator) {
    if (text == null || decision == TextStatus.PENDING) {
      throw new IllegalArgumentException("only a text answer is approved or rejected");
    }
    if (textStatus != TextStatus.PENDING) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.survey.text-decided");
    }
    textStatus = decision;
    decidedBy = Objects.requireNonNull(moderator);
  }

  public Long id() {
    return id;
  }

  public String responseId() {
    return responseId;
  }

  /** The answer as a CSV cell: the option, the mark, or the text once approved (else null). */
  String csvValue() {
    if (optionKey != null) {
      return optionKey;
    }
    if (rating != null) {
      return String.valueOf(rating);
    }
    return textStatus == TextStatus.APPROVED ? text : null;
  }

  public long questionId() {
    return questionId;
  }

  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  public Optional<TextStatus> textStatus() {
    return Optional.ofNullable(textStatus);
  }

  public long version() {
    return version;
  }
}
