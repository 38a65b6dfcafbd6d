package kz.kenes.forum.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The counts of budgets whose voting is over, computed once per budget on each node. From {@link
 * BudgetStatus#RESULTS} on nothing a count reads can change any more — ballots are cast and changed
 * only in VOTING, project costs are set only in REVIEW, and phases only move forward — so a count
 * kept here is the count the database would give on any node at any later time: no node needs to
 * tell another anything (two nodes each compute it once, the same). Progress reports of the
 * implementation are not part of it; they are read on every request.
 *
 * <p>Counting 10,000 ballots reads some 50,000 choices and takes about 50 ms of CPU; without this
 * the results API and page paid it on every request (39 requests/s, p99 970 ms under 16
 * connections; docs/performance.md).
 */
@ApplicationScoped
public class FrozenCounts {
  static final int MAX_BUDGETS = 256;

  /** What a count of a budget holds besides its projects. */
  record Kept(BudgetResults.Count count, Map<String, Long> channels, Map<String, Long> villages) {}

  private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

  /** The count of {@code budget}: kept once its voting is over, else {@code count} every time. */
  Kept of(Budget budget, Supplier<Kept> count) {
    if (!budget.status().resultsPublic()) {
      return count.get();
    }
    Kept found = kept.get(budget.id());
    if (found != null) {
      return found;
    }
    Kept counted = count.get();
    if (kept.size() >= MAX_BUDGETS) {
      kept.clear();
    }
    kept.put(budget.id(), counted);
    return counted;
  }
}
