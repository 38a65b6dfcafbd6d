package kz.kenes.moderation.calendar;

/** What an exception to the Monday–Friday rule makes of its day. */
public enum DayKind {
  /** A working day, e.g. a Saturday that a government decree turns into a working day. */
  WORKING,
  /** A day off: a public holiday, a weekend holiday carried over, or a decreed day off. */
  DAY_OFF
}
