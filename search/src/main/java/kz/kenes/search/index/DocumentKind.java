package kz.kenes.search.index;

/**
 * What a search hit is. {@code APPEAL} is defined for the public statuses of formal appeals, which
 * the moderation module will publish; nothing is indexed under it yet.
 */
public enum DocumentKind {
  THREAD,
  POST,
  OFFICIAL_ANSWER,
  CLAIM_REVIEW,
  APPEAL
}
