package kz.kenes.forum.thread;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a thread stands with the body: an explicit state machine. A proposal that gathers its
 * body's support threshold awaits an official response; an official answer makes a thread answered;
 * officials close and reopen.
 */
public enum ThreadStatus {
  OPEN,
  AWAITING_RESPONSE,
  ANSWERED,
  CLOSED;

  /** The states this one may move to. */
  public Set<ThreadStatus> next() {
    return switch (this) {
      case OPEN -> EnumSet.of(AWAITING_RESPONSE, ANSWERED, CLOSED);
      case AWAITING_RESPONSE -> EnumSet.of(ANSWERED, CLOSED);
      case ANSWERED -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.of(OPEN);
    };
  }

  public boolean canBecome(ThreadStatus target) {
    return next().contains(target);
  }

  /** Whether residents may still reply, support and edit. */
  public boolean acceptsPosts() {
    return this != CLOSED;
  }
}
