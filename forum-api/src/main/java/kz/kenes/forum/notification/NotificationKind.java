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
  APPEAL_UPDATE
}
