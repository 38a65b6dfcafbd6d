package kz.kenes.forum.budget;

/** How far a funded project's works have come. */
public enum WorkStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE
}
