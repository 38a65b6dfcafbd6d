package kz.kenes.moderation.review;

/**
 * Why a member flags a post. A fixed list, so that moderators can sort the queue and the monthly
 * transparency summary can count flags by reason; anything else is {@link #OTHER} with a note.
 */
public enum FlagReason {
  SPAM,
  OFFENSIVE,
  MISINFORMATION,
  /** The post exposes someone's personal data (IIN, phone, address); hide it quickly. */
  PERSONAL_DATA,
  OFF_TOPIC,
  /** None of the above; the flag's note says what. */
  OTHER
}
