package kz.kenes.forum.thread;

/** What a resident or official opens a thread for. */
public enum ThreadType {
  PROPOSAL,
  QUESTION,
  COMPLAINT,
  DISCUSSION,
  /** Only officials of the body open announcements. */
  ANNOUNCEMENT
}
