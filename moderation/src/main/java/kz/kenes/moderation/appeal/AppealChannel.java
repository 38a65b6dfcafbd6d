package kz.kenes.moderation.appeal;

/** How an appeal reached the body. */
public enum AppealChannel {
  /** The author escalated their own post on the site. */
  WEB,
  /** A moderator or official of the body escalated a resident's post. */
  ESCALATED_POST,
  /** Said in person at the reception desk; an operator took it down. */
  ORAL,
  /** Said on the telephone to the call centre; an operator took it down. */
  PHONE,
  /** Brought or posted on paper; an operator registered it. */
  PAPER,
  /** Written in a social network; an operator registered it (with the link to the message). */
  SOCIAL_NETWORK,
  /**
   * A resident's question to a public session that was not answered in writing in time, or whose
   * asker chose to make it an appeal (linked to the session).
   */
  SESSION_QUESTION;

  /** Whether an operator takes appeals of this channel at intake (not through the forum). */
  public boolean intake() {
    return switch (this) {
      case ORAL, PHONE, PAPER, SOCIAL_NETWORK -> true;
      case WEB, ESCALATED_POST, SESSION_QUESTION -> false;
    };
  }

  /** The channel of a post escalated into an appeal: by its own author, or by staff. */
  public static AppealChannel ofEscalation(boolean byAuthor) {
    return byAuthor ? WEB : ESCALATED_POST;
  }
}
