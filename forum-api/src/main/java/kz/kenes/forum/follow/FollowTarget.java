package kz.kenes.forum.follow;

/** What a member follows. */
public enum FollowTarget {
  /** A body's community page: official answers on any of its threads. */
  BODY,
  /** One thread: its replies, official answer and confirmed information. */
  THREAD
}
