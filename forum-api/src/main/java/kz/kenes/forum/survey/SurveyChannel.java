package kz.kenes.forum.survey;

/** How a response came: typed by the member online, or entered from paper by staff. */
public enum SurveyChannel {
  ONLINE,
  PAPER
}
