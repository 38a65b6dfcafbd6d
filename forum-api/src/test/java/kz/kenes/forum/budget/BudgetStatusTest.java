package kz.kenes.forum.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (from, to) pair of the budget's state machine, on the enum and on the entity. */
class BudgetStatusTest {
  private static final Set<String> ALLOWED =
      Set.of(
          "DRAFT>PROPOSALS",
          "PROPOSALS>REVIEW",
          "REVIEW>VOTING",
          "VOTING>RESULTS",
          "RESULTS>IMPLEMENTATION",
          "IMPLEMENTATION>CLOSED");

  static Stream<Arguments> pairs() {
    return Stream.of(BudgetStatus.values())
        .flatMap(from -> Stream.of(BudgetStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void onlyTheNextPhaseIsAllowed(BudgetStatus from, BudgetStatus to) {
    assertThat(from.allows(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void theBudgetMovesOnlyAlongAllowedPairsAndRecordsEachStep(BudgetStatus from, BudgetStatus to) {
    Budget budget = budgetIn(from);
    Instant at = Instant.parse("2026-12-06T10:00:00Z");
    if (ALLOWED.contains(from + ">" + to)) {
      BudgetTransition step = budget.transitionTo(to, "official", at);
      assertThat(budget.status()).isEqualTo(to);
      assertThat(step.from()).isEqualTo(from);
      assertThat(step.to()).isEqualTo(to);
      assertThat(step.actor()).isEqualTo("official");
      assertThat(step.at()).isEqualTo(at);
    } else {
      assertThatThrownBy(() -> budget.transitionTo(to, "official", at))
          .isInstanceOf(DomainException.Conflict.class)
          .hasMessage("error.budget.transition");
      assertThat(budget.status()).isEqualTo(from);
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void resultsArePublicFromResultsOn(BudgetStatus from, BudgetStatus ignored) {
    assertThat(from.resultsPublic())
        .isEqualTo(Set.of("RESULTS", "IMPLEMENTATION", "CLOSED").contains(from.name()));
  }

  static Budget budgetIn(BudgetStatus status) {
    Body body =
        new Body(
            "aktogay-rural-district",
            new LocalizedText("Ақтоғай", "Актогай", "Aktogay"),
            BodyKind.EXECUTIVE,
            BodyLevel.RURAL_DISTRICT,
            null,
            Instant.EPOCH);
    Budget budget =
        new Budget(
            body,
            2027,
            1000,
            BudgetRule.KNAPSACK,
            null,
            null,
            List.of(new Village("Ақтоғай", 100)),
            null,
            null,
            Instant.EPOCH);
    for (BudgetStatus s : BudgetStatus.values()) {
      if (budget.status() == status) {
        break;
      }
      budget.transitionTo(budget.status().next().iterator().next(), "setup", Instant.EPOCH);
    }
    return budget;
  }
}
