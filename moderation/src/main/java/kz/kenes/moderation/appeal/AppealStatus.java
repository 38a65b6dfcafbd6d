package kz.kenes.moderation.appeal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import kz.kenes.forum.platform.DomainException;

/**
 * Where an appeal stands in its legal life cycle (APPK, appeal-rules.md). This enum holds the one
 * explicit transition table, so that the aggregate, the officials' actions and the scheduled
 * overdue job cannot each invent their own idea of what may follow what.
 */
public enum AppealStatus {
  /** Escalated from a post; the applicant has not yet completed and submitted it. */
  DRAFT,
  /** Registered with a number; the 15-working-day clock runs. */
  REGISTERED,
  /** Sent to an executor (again, on reassignment). */
  ASSIGNED,
  /** The executor works on it. */
  IN_PROGRESS,
  /** The head extended the deadline by a reasoned decision. */
  EXTENDED,
  /** The deadline passed without an answer; the body still owes one. */
  OVERDUE,
  /** Forwarded to the competent body; this body's part is over. */
  REDIRECTED,
  /** Answered with a result; waiting to be closed. */
  ANSWERED,
  /** Done. */
  CLOSED;

  private static final Map<AppealStatus, Set<AppealStatus>> NEXT =
      new EnumMap<>(AppealStatus.class);

  static {
    allow(DRAFT, REGISTERED);
    allow(REGISTERED, ASSIGNED, REDIRECTED, OVERDUE, ANSWERED);
    allow(ASSIGNED, ASSIGNED, IN_PROGRESS, REDIRECTED, EXTENDED, ANSWERED, OVERDUE);
    allow(IN_PROGRESS, ASSIGNED, REDIRECTED, EXTENDED, ANSWERED, OVERDUE);
    allow(EXTENDED, ASSIGNED, IN_PROGRESS, EXTENDED, ANSWERED, OVERDUE);
    allow(OVERDUE, ASSIGNED, IN_PROGRESS, ANSWERED);
    allow(ANSWERED, CLOSED);
    allow(REDIRECTED);
    allow(CLOSED);
  }

  private static void allow(AppealStatus from, AppealStatus... to) {
    Set<AppealStatus> set = EnumSet.noneOf(AppealStatus.class);
    set.addAll(List.of(to));
    NEXT.put(from, Collections.unmodifiableSet(set));
  }

  /** Whether an appeal in this status may move to {@code next}. */
  public boolean canMoveTo(AppealStatus next) {
    return NEXT.get(this).contains(Objects.requireNonNull(next, "next"));
  }

  /** The statuses this one may move to (unmodifiable; empty for terminal statuses). */
  public Set<AppealStatus> next() {
    return NEXT.get(this);
  }

  /** Nothing follows: the appeal was redirected to another body or closed. */
  public boolean terminal() {
    return this == REDIRECTED || this == CLOSED;
  }

  /** The body owes an answer and its deadline runs: these are checked for being overdue. */
  public boolean running() {
    return switch (this) {
      case REGISTERED, ASSIGNED, IN_PROGRESS, EXTENDED -> true;
      case DRAFT, OVERDUE, REDIRECTED, ANSWERED, CLOSED -> false;
    };
  }

  /** The body still owes an answer (running or overdue), so the appeal belongs on work lists. */
  public boolean open() {
    return running() || this == OVERDUE;
  }

  /**
   * The statuses that satisfy {@code test}, e.g. {@code where(AppealStatus::open)}, for queries.
   */
  public static Set<AppealStatus> where(Predicate<AppealStatus> test) {
    Set<AppealStatus> matching = EnumSet.noneOf(AppealStatus.class);
    for (AppealStatus status : values()) {
      if (test.test(status)) {
        matching.add(status);
      }
    }
    return matching;
  }

  /**
   * Guards a transition.
   *
   * @throws DomainException.Conflict {@code error.appeal.transition} with this and {@code next}'s
   *     names when the table does not allow it (a stale screen or a concurrent action)
   */
  public void requireMoveTo(AppealStatus next) {
    if (!canMoveTo(next)) {
      throw new DomainException.Conflict("error.appeal.transition", name(), next.name());
    }
  }
}
