package kz.kenes.forum.thread;

/** How a resident who is not online reached an operator of the body. */
public enum OfflineChannel {
  /** In person at the reception desk. */
  ORAL,
  /** By telephone (the call centre). */
  PHONE,
  /** A letter or a form on paper. */
  PAPER,
  /** A message in a social network that the body answers. */
  SOCIAL_NETWORK
}
