package kz.kenes.moderation.calendar;

/** Where an exception to the Monday–Friday rule comes from. */
public enum CalendarSource {
  /** A public holiday itself (Law on holidays in the Republic of Kazakhstan). */
  HOLIDAY,
  /**
   * A national holiday that fell on a Saturday or Sunday, carried over to the next working day
   * (Labour Code); religious holidays are never carried over.
   */
  TRANSFER,
  /** A transfer of days announced by the government's yearly decree. */
  DECREE
}
