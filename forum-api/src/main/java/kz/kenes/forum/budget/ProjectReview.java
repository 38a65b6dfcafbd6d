package kz.kenes.forum.budget;

/** The akimat's decision on a project. */
public enum ProjectReview {
  PROPOSED,
  FEASIBLE,
  REJECTED
}
