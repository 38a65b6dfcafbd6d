package kz.kenes.forum.survey;

/** A free-text answer waits for a moderator of the body, who approves (shown) or rejects it. */
public enum TextStatus {
  PENDING,
  APPROVED,
  REJECTED
}
