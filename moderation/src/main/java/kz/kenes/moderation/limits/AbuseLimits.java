package kz.kenes.moderation.limits;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The abuse limits of one deployment, read from the environment so that production stays strict and
 * the dev demo ({@code deploy/run}) can be generous without a different build. A variable that is
 * unset or blank takes the production default.
 *
 * @param post posts (threads and replies) per member
 * @param flag flags per member
 * @param escalate escalations into appeals per member
 * @param newAccountPost posts per member while the account is new
 * @param newAccountAge how long an account counts as new; zero: no account is new
 */
public record AbuseLimits(
    Limit post, Limit flag, Limit escalate, Limit newAccountPost, Duration newAccountAge) {
  public static final String ENV_POST = "KENES_LIMIT_POST";
  public static final String ENV_FLAG = "KENES_LIMIT_FLAG";
  public static final String ENV_ESCALATE = "KENES_LIMIT_ESCALATE";
  public static final String ENV_NEW_ACCOUNT_POST = "KENES_LIMIT_NEW_ACCOUNT_POST";
  public static final String ENV_NEW_ACCOUNT_AGE = "KENES_NEW_ACCOUNT_AGE";

  public AbuseLimits {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(escalate, "escalate");
    Objects.requireNonNull(newAccountPost, "newAccountPost");
    Objects.requireNonNull(newAccountAge, "newAccountAge");
    if (newAccountAge.isNegative()) {
      throw new IllegalArgumentException("the age of a new account must not be negative");
    }
  }

  /**
   * Reads the limits, e.g. {@code AbuseLimits.parse(Settings::byName)}. Production defaults: {@code
   * KENES_LIMIT_POST=20/1h}, {@code KENES_LIMIT_FLAG=20/1d}, {@code KENES_LIMIT_ESCALATE=10/1d},
   * {@code KENES_LIMIT_NEW_ACCOUNT_POST=3/1d}, {@code KENES_NEW_ACCOUNT_AGE=PT24H} (ISO 8601).
   *
   * @throws IllegalArgumentException naming the variable whose value is malformed
   */
  public static AbuseLimits parse(Function<String, String> env) {
    Objects.requireNonNull(env, "env");
    return new AbuseLimits(
        limit(env, ENV_POST, "20/1h"),
        limit(env, ENV_FLAG, "20/1d"),
        limit(env, ENV_ESCALATE, "10/1d"),
        limit(env, ENV_NEW_ACCOUNT_POST, "3/1d"),
        age(env, ENV_NEW_ACCOUNT_AGE, "PT24H"));
  }

  private static String value(Function<String, String> env, String name, String fallback) {
    String v = env.apply(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static Limit limit(Function<String, String> env, String name, String fallback) {
    try {
      return Limit.parse(value(env, name, fallback));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static Duration age(Function<String, String> env, String name, String fallback) {
    String v = value(env, name, fallback);
    Duration d;
    try {
      d = Duration.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + ": an ISO 8601 duration such as PT24H or P2D, not '" + v + "'", e);
    }
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + ": must not be negative: " + v);
    }
    return d;
  }
}
