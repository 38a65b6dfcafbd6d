package kz.kenes.moderation.appeal;

/**
 * The outcome a body records with its answer, as the eGov appeals service shows it to the
 * applicant: a refusal (also a missed deadline, APPK article 91) opens a complaint to the higher
 * body.
 */
public enum AppealResult {
  /** What was asked for is done or granted. */
  SATISFIED,
  /** The body explained the matter; nothing was to be granted. */
  EXPLAINED,
  /** The body refused, with reasons. */
  REFUSED
}
