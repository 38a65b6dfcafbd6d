package kz.kenes.forum.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ballot rules at their boundaries. */
class BallotRulesTest {
  private final BallotRules knapsack = new BallotRules(BudgetRule.KNAPSACK, 1_000_000, null, 50);

  @Test
  void exactlyTheAmountIsAllowed() {
    assertThat(knapsack.broken(List.of(600_000L, 400_000L))).isEmpty();
  }

  @Test
  void oneTengeOverTheAmountIsRefused() {
    assertThat(knapsack.broken(List.of(600_000L, 400_001L)))
        .containsExactly(BallotRules.OVER_AMOUNT);
  }

  @Test
  void exactlyTheMinimumShareIsAllowedAndOneTengeLessIsRefused() {
    assertThat(knapsack.broken(List.of(500_000L))).isEmpty();
    assertThat(knapsack.broken(List.of(499_999L))).containsExactly(BallotRules.BELOW_MIN_SHARE);
  }

  @Test
  void withoutAMinimumShareAnySmallBallotIsAllowed() {
    var rules = new BallotRules(BudgetRule.KNAPSACK, 1_000_000, null, null);
    assertThat(rules.broken(List.of(1L))).isEmpty();
  }

  @Test
  void approvalAllowsUpToMaxProjectsWhateverTheyCost() {
    var approval = new BallotRules(BudgetRule.APPROVAL, 1_000, 2, null);
    assertThat(approval.broken(List.of(900L, 900L))).isEmpty();
    assertThat(approval.broken(List.of(1L, 1L, 1L))).containsExactly(BallotRules.TOO_MANY);
  }

  @Test
  void maxProjectsCapsAKnapsackBallotToo() {
    var rules = new BallotRules(BudgetRule.KNAPSACK, 1_000, 1, null);
    assertThat(rules.broken(List.of(100L, 100L))).containsExactly(BallotRules.TOO_MANY);
  }

  @Test
  void anEmptyBallotIsRefused() {
    assertThat(knapsack.broken(List.of())).containsExactly(BallotRules.EMPTY);
  }
}
