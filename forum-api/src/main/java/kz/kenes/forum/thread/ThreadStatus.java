package kz.kenes.forum.thread;

/** Where a thread stands with the body. */
public enum ThreadStatus {
  OPEN,
  AWAITING_RESPONSE,
  ANSWERED,
  CLOSED
}
