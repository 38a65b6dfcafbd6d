package kz.kenes.forum.budget;

import java.util.List;
import java.util.Map;

/**
 * A budget's results: the count by both methods, ballots per channel, and ballots per declared
 * village (for turnout against the village's population).
 */
public record BudgetOutcome(
    Budget budget,
    List<BudgetProject> projects,
    BudgetResults.Count count,
    long online,
    long paper,
    Map<String, Long> byVillage) {

  /** Turnout of one village: its ballots against its population (null share when unknown). */
  public record Turnout(String village, int population, long ballots, Double share) {}

  public List<Turnout> turnout() {
    return budget.villages().stream()
        .map(
            v -> {
              long n = byVillage.getOrDefault(v.name(), 0L);
              return new Turnout(
                  v.name(),
                  v.population(),
                  n,
                  v.population() > 0 ? n * 1.0 / v.population() : null);
            })
        .toList();
  }
}
