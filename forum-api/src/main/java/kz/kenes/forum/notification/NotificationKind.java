package kz.kenes.forum.notification;

/** What a notification tells its recipient. */
public enum NotificationKind {
  /** An official answered a thread the recipient follows, or a thread of a body they follow. */
  OFFICIAL_ANSWER,
  /** Someone replied in a thread the recipient follows, or quoted the recipient's post. */
  REPLY,
  /** The recipient's proposal gathered its body's support threshold. */
  THRESHOLD_REACHED,
  /** A confirmed-information card was attached to a thread the recipient follows. */
  CLAIM_REVIEW,
  /** A moderator hid, removed or labelled the recipient's post; the post page says why. */
  POST_MODERATED,
  /** A step of the recipient's formal appeal: registered, assigned, redirected, answered… */
  APPEAL_UPDATE,
  // Without a thread (Notification.Target): public sessions of a body the recipient follows…
  /** A session of a followed body opened for questions. */
  SESSION_OPEN,
  /** A session of a followed body starts within a day. */
  SESSION_DAY_BEFORE,
  /** A session of a followed body was postponed. */
  SESSION_POSTPONED,
  /** A session of a followed body was cancelled. */
  SESSION_CANCELLED,
  // …and the steps of the recipient's own question to a session
  /** The recipient's question was answered (at the session or in writing). */
  QUESTION_ANSWERED,
  /** The recipient's question was not answered at the session: a written answer is due. */
  QUESTION_ANSWER_DUE,
  /** The written answer to the recipient's question is overdue; it may become an appeal. */
  QUESTION_ANSWER_OVERDUE,
  /** The recipient's question became an appeal draft for them to complete. */
  QUESTION_APPEAL_DRAFT,
  /** A moderator hid the recipient's question; the session page says why. */
  QUESTION_MODERATED,
  // …and the weekly monitoring of a body the recipient serves as head or official
  /** Last week's monitoring of the recipient's body is ready (the weekly digest, issue 16). */
  MONITORING_DIGEST,
  // …and the participatory budget
  /**
   * The recipient's ballot was recorded, online or on paper under their verified phone; the title
   * says exactly what it chose (the total and each project), the link leads to the confirmation.
   */
  BALLOT_RECORDED
}
