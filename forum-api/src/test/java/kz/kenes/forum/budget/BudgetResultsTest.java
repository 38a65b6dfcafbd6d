package kz.kenes.forum.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.forum.budget.BudgetResults.Candidate;
import kz.kenes.forum.budget.BudgetResults.Count;
import org.junit.jupiter.api.Test;

/**
 * Both result methods on cases worked out by hand (docs/adr/0012-participatory-budget.md explains
 * the methods).
 */
class BudgetResultsTest {

  private static List<List<Long>> ballots(int copies, Long... chosen) {
    List<List<Long>> list = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      list.add(List.of(chosen));
    }
    return list;
  }

  @SafeVarargs
  private static List<List<Long>> all(List<List<Long>>... groups) {
    List<List<Long>> list = new ArrayList<>();
    for (var g : groups) {
      list.addAll(g);
    }
    return list;
  }

  /**
   * Amount 100. A (60) and B (50) tie on 5 votes: the cheaper, B, ranks first and is funded (50
   * left); A no longer fits and is skipped; C (30, 3 votes) fits and is funded (20 left); D (5) had
   * no votes and is not funded.
   */
  @Test
  void byVotesAProjectThatNoLongerFitsIsSkippedForTheNextThatDoes() {
    var candidates =
        List.of(
            new Candidate(1, 60), new Candidate(2, 50), new Candidate(3, 30), new Candidate(4, 5));
    Count count =
        BudgetResults.count(
            100,
            candidates,
            all(ballots(2, 1L, 2L, 3L), ballots(2, 1L, 2L), ballots(1, 1L, 3L), ballots(1, 2L)));
    assertThat(count.lines()).extracting(BudgetResults.Line::votes).containsExactly(5, 5, 3, 0);
    assertThat(count.lines()).extracting(BudgetResults.Line::id).containsExactly(2L, 1L, 3L, 4L);
    assertThat(count.funded()).containsExactly(2L, 3L);
    assertThat(count.spentByVotes()).isEqualTo(80);
    assertThat(count.ballots()).isEqualTo(6);
  }

  /** Amount 100: A (60, 5 votes) funded, B (50, 4) skipped, C (30, 3) funded. */
  @Test
  void theClassicSkip() {
    var candidates = List.of(new Candidate(1, 60), new Candidate(2, 50), new Candidate(3, 30));
    Count count =
        BudgetResults.count(100, candidates, all(ballots(5, 1L), ballots(4, 2L), ballots(3, 3L)));
    assertThat(count.lines()).extracting(BudgetResults.Line::rank).containsExactly(1, 2, 3);
    assertThat(count.funded()).containsExactly(1L, 3L);
    assertThat(count.spentByVotes()).isEqualTo(90);
  }

  /**
   * Three voters, amount 30: 10 each. P1 (20) is backed by all three: each pays 20/3. Then P2 and
   * P3 (10 each) have one supporter with 10/3 left: unaffordable. Equal shares fund P1 only; votes
   * fund P1 and then P2 (the earlier of the two tied on 1 vote and 10 tenge).
   */
  @Test
  void equalSharesStopWhenNoSupportersCanPay() {
    var candidates = List.of(new Candidate(1, 20), new Candidate(2, 10), new Candidate(3, 10));
    var ballots = List.<List<Long>>of(List.of(1L, 2L), List.of(1L), List.of(1L, 3L));
    Count count = BudgetResults.count(30, candidates, ballots);
    assertThat(count.fundedByEqualShares()).containsExactly(1L);
    assertThat(count.spentByEqualShares()).isEqualTo(20);
    assertThat(count.funded()).containsExactly(1L, 2L);
  }

  /**
   * Ten voters, amount 100: 10 each. Six back A1-A3 (30 each), four back B1-B2 (30 each). By votes
   * the six take everything that fits: A1, A2, A3. Equal shares: A1 at 5 each (A voters keep 5), A2
   * at 5 each (A voters keep 0), then A3 is unaffordable and B1 costs the four 7.5 each; B2 needs
   * 30 of the 10 they have left. So A1, A2, B1: the minority gets its proportional share.
   */
  @Test
  void equalSharesGiveTheMinorityItsShare() {
    var candidates =
        List.of(
            new Candidate(1, 30),
            new Candidate(2, 30),
            new Candidate(3, 30),
            new Candidate(4, 30),
            new Candidate(5, 30));
    Count count =
        BudgetResults.count(100, candidates, all(ballots(6, 1L, 2L, 3L), ballots(4, 4L, 5L)));
    assertThat(count.funded()).containsExactly(1L, 2L, 3L);
    assertThat(count.fundedByEqualShares()).containsExactlyInAnyOrder(1L, 2L, 4L);
    assertThat(count.spentByEqualShares()).isEqualTo(90);
  }

  @Test
  void noBallotsFundNothing() {
    Count count = BudgetResults.count(100, List.of(new Candidate(1, 10)), List.of());
    assertThat(count.funded()).isEmpty();
    assertThat(count.fundedByEqualShares()).isEmpty();
    assertThat(count.lines()).singleElement().extracting(BudgetResults.Line::votes).isEqualTo(0);
  }

  @Test
  void votesForUnknownProjectsAreIgnored() {
    Count count =
        BudgetResults.count(100, List.of(new Candidate(1, 10)), List.of(List.of(1L, 99L)));
    assertThat(count.lines()).singleElement().extracting(BudgetResults.Line::votes).isEqualTo(1);
    assertThat(count.funded()).containsExactly(1L);
    assertThat(count.fundedByEqualShares()).containsExactly(1L);
  }
}
