package kz.kenes.forum.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A budget's voting rule as plain values: {@code KNAPSACK} — the chosen projects' costs add up to
 * at most the amount and, when {@code minShare} (per cent) is set, to at least that share of it;
 * {@code APPROVAL} — at most {@code maxProjects} projects. {@code maxProjects} caps a knapsack
 * ballot too when it is set. A ballot chooses at least one project.
 */
public record BallotRules(BudgetRule rule, long amount, Integer maxProjects, Integer minShare) {
  public static final String EMPTY = "validation.budget.ballot-empty";
  public static final String OVER_AMOUNT = "validation.budget.over-amount";
  public static final String BELOW_MIN_SHARE = "validation.budget.below-min-share";
  public static final String TOO_MANY = "validation.budget.too-many-projects";

  public BallotRules {
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * The message keys of the rules broken by a ballot choosing projects of these costs (the akimat's
   * costs), empty when it is valid.
   */
  public List<String> broken(List<Long> costs) {
    List<String> broken = new ArrayList<>();
    if (costs.isEmpty()) {
      broken.add(EMPTY);
      return broken;
    }
    if (maxProjects != null && costs.size() > maxProjects) {
      broken.add(TOO_MANY);
    }
    if (rule == BudgetRule.KNAPSACK) {
      long total = 0;
      for (long cost : costs) {
        total = Math.addExact(total, cost);
      }
      if (total > amount) {
        broken.add(OVER_AMOUNT);
      } else if (minShare != null
          && Math.multiplyExact(total, 100L) < Math.multiplyExact(amount, (long) minShare)) {
        broken.add(BELOW_MIN_SHARE);
      }
    }
    return broken;
  }
}
