package kz.kenes.forum.survey;

/** What a survey is: a body's own questions, or the annual rating of its leaders. */
public enum SurveyKind {
  GENERAL,
  LEADER_RATING
}
