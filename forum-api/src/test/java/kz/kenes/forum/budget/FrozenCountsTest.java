package kz.kenes.forum.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A count is kept only once voting is over, per budget, and read again in every earlier phase. */
class FrozenCountsTest {
  final FrozenCounts counts = new FrozenCounts();
  final AtomicInteger counted = new AtomicInteger();

  private Supplier<FrozenCounts.Kept> count(int ballots) {
    return () -> {
      counted.incrementAndGet();
      return new FrozenCounts.Kept(
          new BudgetResults.Count(List.of(), ballots, 1000, 0, 0), Map.of(), Map.of());
    };
  }

  private static Budget budget(BudgetStatus status, long id) throws Exception {
    Budget budget = BudgetStatusTest.budgetIn(status);
    Field field = Budget.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(budget, id);
    return budget;
  }

  @Test
  void whileVotingLastsEveryRequestCountsAgain() throws Exception {
    Budget voting = budget(BudgetStatus.VOTING, 1);
    assertThat(counts.of(voting, count(1)).count().ballots()).isEqualTo(1);
    assertThat(counts.of(voting, count(2)).count().ballots()).isEqualTo(2);
    assertThat(counted).hasValue(2);
  }

  @Test
  void fromResultsOnABudgetIsCountedOnceAndOthersApart() throws Exception {
    Budget results = budget(BudgetStatus.RESULTS, 1);
    assertThat(counts.of(results, count(5)).count().ballots()).isEqualTo(5);
    assertThat(counts.of(results, count(6)).count().ballots()).isEqualTo(5);
    assertThat(counts.of(budget(BudgetStatus.CLOSED, 1), count(7)).count().ballots()).isEqualTo(5);
    assertThat(counts.of(budget(BudgetStatus.RESULTS, 2), count(8)).count().ballots()).isEqualTo(8);
    assertThat(counted).hasValue(2);
  }

  @Test
  void theKeptCountsAreBounded() throws Exception {
    for (long id = 1; id <= FrozenCounts.MAX_BUDGETS + 1; id++) {
      counts.of(budget(BudgetStatus.RESULTS, id), count(1));
    }
    counts.of(budget(BudgetStatus.RESULTS, 1), count(1));
    assertThat(counted).hasValue(FrozenCounts.MAX_BUDGETS + 2);
  }
}
