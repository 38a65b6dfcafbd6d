package kz.kenes.moderation.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MedianTest {
  private static TreeMap<Integer, Long> histogram(long... pairs) {
    TreeMap<Integer, Long> h = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      h.put((int) pairs[i], pairs[i + 1]);
    }
    return h;
  }

  @Test
  void noAnswersHaveNoMedian() {
    assertThat(Median.of(histogram())).isNull();
    assertThat(Median.of(histogram(3, 0))).isNull();
  }

  @Test
  void anOddCountTakesTheMiddleValue() {
    // 1, 2, 2, 9, 15
    assertThat(Median.of(histogram(1, 1, 2, 2, 9, 1, 15, 1))).isEqualTo(2.0);
    assertThat(Median.of(histogram(7, 1))).isEqualTo(7.0);
  }

  @Test
  void anEvenCountTakesTheMeanOfTheTwoMiddleValues() {
    // 1, 4, 5, 20
    assertThat(Median.of(histogram(1, 1, 4, 1, 5, 1, 20, 1))).isEqualTo(4.5);
    // 3, 3, 8, 8: the two middle values fall in different buckets
    assertThat(Median.of(histogram(3, 2, 8, 2))).isEqualTo(5.5);
    // 0, 0, 0, 0
    assertThat(Median.of(histogram(0, 4))).isEqualTo(0.0);
  }

  @Test
  void aMedianOfManyEqualsTheSortedListsMiddle() {
    TreeMap<Integer, Long> h = new TreeMap<>();
    java.util.List<Integer> all = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(16);
    for (int i = 0; i < 1001; i++) {
      int d = random.nextInt(40);
      all.add(d);
      h.merge(d, 1L, Long::sum);
    }
    java.util.Collections.sort(all);
    assertThat(Median.of(h)).isEqualTo((double) all.get(500));
    all.add(41);
    h.merge(41, 1L, Long::sum);
    assertThat(Median.of(h)).isEqualTo((all.get(500) + all.get(501)) / 2.0);
  }
}
