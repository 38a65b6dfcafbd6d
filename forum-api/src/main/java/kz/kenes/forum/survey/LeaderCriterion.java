package kz.kenes.forum.survey;

/** The fixed criteria on which the annual leader rating rates each leader, 1 to 5. */
public enum LeaderCriterion {
  /** Keeps residents informed of what the body does. */
  OPENNESS,
  /** Receives residents and answers their requests. */
  RESPONSIVENESS,
  /** Solves the locality's problems. */
  RESULTS
}
