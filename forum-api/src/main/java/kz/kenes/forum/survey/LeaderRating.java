package kz.kenes.forum.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A leader's rating of one year: the average (1-5) of all criteria over the responses of that
 * year's rating survey, written once when it closes.
 */
@Entity
@Table(name = "leader_rating")
public class LeaderRating {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "leader_id", nullable = false, updatable = false)
  private long leaderId;

  @Column(name = "rating_year", nullable = false, updatable = false)
  private int year;

  @Column(nullable = false, updatable = false)
  private double average;

  @Column(nullable = false, updatable = false)
  private int responses;

  @Column(name = "survey_id", updatable = false)
  private Long surveyId;

  protected LeaderRating() {}

  public LeaderRating(long leaderId, int year, double average, int responses, Long surveyId) {
    if (average < 1 || average > 5) {
      throw new IllegalArgumentException("a rating is between 1 and 5");
    }
    this.leaderId = leaderId;
    this.year = year;
    this.average = average;
    this.responses = responses;
    this.surveyId = surveyId;
  }

  public long leaderId() {
    return leaderId;
  }

  public int year() {
    return year;
  }

  public double average() {
    return average;
  }

  public int responses() {
    return responses;
  }
}
