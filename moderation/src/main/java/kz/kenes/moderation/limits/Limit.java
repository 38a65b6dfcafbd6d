package kz.kenes.moderation.limits;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An abuse limit: at most {@code permits} actions in any sliding {@code window}. Written in
 * configuration the way operators say it, {@code 10/1h}, so limits can differ between production
 * and the demo without a release.
 */
public record Limit(int permits, Duration window) {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,9})([smhd])");

  /** At least one permit in a positive window. */
  public Limit {
    Objects.requireNonNull(window, "window");
    if (permits < 1) {
      throw new IllegalArgumentException("a limit allows at least one action: " + permits);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit's window must be positive: " + window);
    }
  }

  /**
   * Reads {@code permits/amount unit} with unit {@code s}, {@code m}, {@code h} or {@code d}, e.g.
   * {@code 10/1h}, {@code 5/10m}, {@code 30/1d}, {@code 3/30s}.
   *
   * @throws IllegalArgumentException on anything else, a zero count or a zero window
   */
  public static Limit parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a limit is required, e.g. 10/1h");
    }
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a limit reads like 10/1h (units s, m, h, d): '" + text + "'");
    }
    int permits = Integer.parseInt(m.group(1));
    long amount = Long.parseLong(m.group(2));
    Duration window =
        switch (m.group(3)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          case "d" -> Duration.ofDays(amount);
          default -> throw new IllegalStateException("unit matched by the pattern");
        };
    return new Limit(permits, window);
  }
}
