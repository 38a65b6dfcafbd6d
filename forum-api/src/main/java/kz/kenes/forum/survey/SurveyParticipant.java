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
 * Who took part in a survey: a member (online) or a phone number (paper, or the member's verified
 * phone). Nothing here points to the response: what they answered cannot be found from it.
 */
@Entity
@Table(name = "survey_participant")
public class SurveyParticipant {
  @Id private String id;

  @Column(name = "survey_id", nullable = false, updatable = false)
  private long surveyId;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(updatable = false)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SurveyChannel channel;

  protected SurveyParticipant() {}

  SurveyParticipant(long surveyId, Long memberId, String phone, SurveyChannel channel) {
    this.id = UUID.randomUUID().toString();
    this.surveyId = surveyId;
    this.memberId = memberId;
    this.phone = phone;
    this.channel = Objects.requireNonNull(channel);
    if (memberId == null && phone == null) {
      throw new IllegalArgumentException("a participant is a member or a phone");
    }
  }

  public SurveyChannel channel() {
    return channel;
  }
}
