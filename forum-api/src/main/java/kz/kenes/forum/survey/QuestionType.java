package kz.kenes.forum.survey;

/** How a question is answered. */
public enum QuestionType {
  /** One of the question's options. */
  SINGLE_CHOICE,
  /** One or more of the question's options. */
  MULTIPLE_CHOICE,
  /** A whole number from 1 to 5. */
  RATING,
  /** A line of text, at most {@link #SHORT_MAX} characters; shown once a moderator approves it. */
  SHORT_TEXT,
  /** Text of several lines, at most {@link #LONG_MAX} characters; moderated like a short one. */
  LONG_TEXT;

  public static final int SHORT_MAX = 200;
  public static final int LONG_MAX = 2000;

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  public boolean isText() {
    return this == SHORT_TEXT || this == LONG_TEXT;
  }
}
