package kz.kenes.moderation.appeal;

/**
 * What an operator takes down for a resident: the addressee body's slug, the channel (ORAL, PHONE,
 * PAPER, SOCIAL_NETWORK), the resident's mobile number, full name, IIN and address, the subject,
 * text and category, and for a social network the link to the message. Unchecked, as it arrives.
 */
public record IntakeRequest(
    String body,
    String channel,
    String phone,
    String fullName,
    String iin,
    String address,
    String subject,
    String text,
    String category,
    String sourceUrl) {

  /** A request with nothing filled in (a missing JSON body). */
  public static final IntakeRequest EMPTY =
      new IntakeRequest(null, null, null, null, null, null, null, null, null, null);
}
