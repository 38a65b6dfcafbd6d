package kz.kenes.forum.outbox;

/** When an outbox message may leave. */
public enum Urgency {
  /**
   * At once, day or night: sign-in codes, the receipt of an appeal taken while the resident waits.
   */
  NOW,
  /**
   * Not during the night: an SMS written between 22:00 and 08:00 Asia/Almaty is held until 08:00
   * ({@link QuietHours}). Notifications of steps and answers.
   */
  DAYTIME
}
