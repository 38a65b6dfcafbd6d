package kz.kenes.forum.budget;

/** How a ballot may choose projects. */
public enum BudgetRule {
  /** The chosen projects' costs add up to at most the amount (and at least the minimum share). */
  KNAPSACK,
  /** At most {@code maxProjects} projects, whatever they cost. */
  APPROVAL
}
