package kz.kenes.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kz.kenes.search.index.SearchReconciliation.Comparison;
import kz.kenes.search.index.SearchReconciliation.Diff;
import kz.kenes.search.index.SearchReconciliation.Difference;
import kz.kenes.search.index.SearchReconciliation.Kind;
import org.junit.jupiter.api.Test;

class ReconciliationDiffTest {
  @Test
  void theSameIdsOnBothSidesDifferInNothing() {
    Diff diff = Diff.of(new long[] {1, 2, 5}, new long[] {1, 2, 5});

    assertThat(diff.database()).isEqualTo(3);
    assertThat(diff.index()).isEqualTo(3);
    assertThat(diff.missing()).isEmpty();
    assertThat(diff.extra()).isEmpty();
  }

  @Test
  void idsOnOneSideOnlyAreMissingOrExtraInOrder() {
    Diff diff = Diff.of(new long[] {1, 3, 4, 9, 12}, new long[] {2, 3, 9, 10, 11});

    assertThat(diff.missing()).containsExactly(1, 4, 12);
    assertThat(diff.extra()).containsExactly(2, 10, 11);
  }

  @Test
  void anIdIndexedTwiceCountsAsExtraOnce() {
    Diff diff = Diff.of(new long[] {7}, new long[] {7, 7});

    assertThat(diff.missing()).isEmpty();
    assertThat(diff.extra()).containsExactly(7);
  }

  @Test
  void anEmptySideMakesEveryIdADifference() {
    assertThat(Diff.of(new long[] {1, 2}, new long[0]).missing()).containsExactly(1, 2);
    assertThat(Diff.of(new long[0], new long[] {4}).extra()).containsExactly(4);
  }

  @Test
  void theReportCountsEveryDifferenceButListsAtMostAHundredOfEach() {
    long[] database = new long[250];
    for (int i = 0; i < database.length; i++) {
      database[i] = i + 1;
    }
    Comparison comparison =
        new Comparison(
            Instant.EPOCH,
            Diff.of(database, new long[] {1, 1_000}),
            Diff.of(new long[] {5}, new long[] {5}));

    SearchReconciliation.Report report = comparison.report();

    assertThat(report.consistent()).isFalse();
    assertThat(report.database().threads()).isEqualTo(250);
    assertThat(report.database().total()).isEqualTo(251);
    assertThat(report.index().total()).isEqualTo(3);
    assertThat(report.missingCount()).isEqualTo(249);
    assertThat(report.missing()).hasSize(SearchReconciliation.LISTED);
    assertThat(report.missing().get(0)).isEqualTo(new Difference(Kind.THREAD, 2));
    assertThat(report.extra()).containsExactly(new Difference(Kind.THREAD, 1_000));
  }

  @Test
  void equalSidesAreConsistent() {
    Comparison comparison =
        new Comparison(
            Instant.EPOCH,
            Diff.of(new long[] {1}, new long[] {1}),
            Diff.of(new long[] {2, 3}, new long[] {2, 3}));

    assertThat(comparison.report().consistent()).isTrue();
    assertThat(comparison.report().missing()).isEmpty();
  }
}
