package kz.kenes.moderation.session;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.kenes.forum.platform.DomainException;

/**
 * Where a public session stands. The one transition table: SCHEDULED → OPEN_FOR_QUESTIONS → LIVE →
 * HELD; POSTPONED (a new date and a reason) and CANCELLED (a reason) from any state before HELD; a
 * postponed session opens for questions again (or is postponed again, or cancelled).
 */
public enum SessionStatus {
  SCHEDULED,
  OPEN_FOR_QUESTIONS,
  LIVE,
  HELD,
  POSTPONED,
  CANCELLED;

  private static final Map<SessionStatus, Set<SessionStatus>> NEXT =
      new EnumMap<>(SessionStatus.class);

  static {
    allow(SCHEDULED, OPEN_FOR_QUESTIONS, POSTPONED, CANCELLED);
    allow(OPEN_FOR_QUESTIONS, LIVE, POSTPONED, CANCELLED);
    allow(LIVE, HELD, POSTPONED, CANCELLED);
    allow(POSTPONED, OPEN_FOR_QUESTIONS, POSTPONED, CANCELLED);
    allow(HELD);
    allow(CANCELLED);
  }

  private static void allow(SessionStatus from, SessionStatus... to) {
    Set<SessionStatus> set = EnumSet.noneOf(SessionStatus.class);
    set.addAll(List.of(to));
    NEXT.put(from, Collections.unmodifiableSet(set));
  }

  public boolean canMoveTo(SessionStatus next) {
    return NEXT.get(this).contains(Objects.requireNonNull(next, "next"));
  }

  /** The statuses this one may move to (unmodifiable; empty for HELD and CANCELLED). */
  public Set<SessionStatus> next() {
    return NEXT.get(this);
  }

  /** Residents may ask and support questions. */
  public boolean takesQuestions() {
    return this == OPEN_FOR_QUESTIONS || this == LIVE;
  }

  /** Still ahead: listed among the upcoming sessions. */
  public boolean upcoming() {
    return this == SCHEDULED || this == OPEN_FOR_QUESTIONS || this == LIVE || this == POSTPONED;
  }

  /**
   * Guards a transition.
   *
   * @throws DomainException.Conflict {@code error.session.transition} when the table forbids it
   */
  public void requireMoveTo(SessionStatus next) {
    if (!canMoveTo(next)) {
      throw new DomainException.Conflict("error.session.transition", name(), next.name());
    }
  }
}
