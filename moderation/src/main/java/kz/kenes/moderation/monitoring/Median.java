package kz.kenes.moderation.monitoring;

import java.util.Map;
import java.util.SortedMap;

/** The exact median of values kept as a histogram (value → how many times). */
public final class Median {
  private Median() {}

  /** The median, the mean of the two middle values for an even count; null when empty. */
  public static Double of(SortedMap<Integer, Long> histogram) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long lower = (n - 1) / 2; // 0-based index of the lower middle
    long upper = n / 2;
    Integer lowerValue = null;
    Integer upperValue = null;
    long seen = 0;
    for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      long next = seen + e.getValue();
      if (lowerValue == null && lower < next) {
        lowerValue = e.getKey();
      }
      if (upper < next) {
        upperValue = e.getKey();
        break;
      }
      seen = next;
    }
    return (lowerValue + upperValue) / 2.0;
  }
}
