package kz.kenes.search.index;

/**
 * What a search hit is. {@code APPEAL} is the public face of a registered formal appeal (number,
 * body, status), which the moderation module publishes as {@code ThreadAppeal}.
 */
public enum DocumentKind {
  THREAD,
  POST,
  OFFICIAL_ANSWER,
  CLAIM_REVIEW,
  APPEAL
}
