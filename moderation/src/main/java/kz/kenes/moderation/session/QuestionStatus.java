package kz.kenes.moderation.session;

/** Where a resident's question to a session stands. */
public enum QuestionStatus {
  /** Asked; not yet taken up. */
  ASKED,
  /** Answered at the session, with a short written summary by the official who answered. */
  ANSWERED_AT_SESSION,
  /** The body owes a written answer (marked so at the session, or left unanswered there). */
  ANSWER_IN_WRITING,
  /** The body answered in writing. */
  ANSWERED_IN_WRITING,
  /** Became a formal appeal of its asker (the written answer was late, or the asker chose it). */
  BECAME_APPEAL,
  /** A duplicate merged into another question of the session. */
  MERGED;

  /** Still waiting for an answer: ASKED or ANSWER_IN_WRITING. */
  public boolean awaiting() {
    return this == ASKED || this == ANSWER_IN_WRITING;
  }
}
