package kz.kenes.moderation.session;

/** What kind of public session a body holds. */
public enum SessionType {
  /** The akim reports to residents (quarterly since 2021, also online). */
  REPORTING_MEETING,
  /** A session of the maslikhat or of one of its standing commissions. */
  COUNCIL_SESSION,
  /** A public hearing on a plan, a budget or a project. */
  PUBLIC_HEARING,
  /** A deputy receives voters. */
  DEPUTY_RECEPTION
}
