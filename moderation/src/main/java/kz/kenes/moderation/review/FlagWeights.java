package kz.kenes.moderation.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.kenes.forum.platform.Role;

/**
 * How much one member's flag counts towards a post's hiding threshold: officials and moderators
 * know the rules and the facts, so their flags weigh more than a resident's. Configuration, not
 * code, so an operator can retune it without a release. Immutable.
 *
 * <p>Format: {@code role=weight} pairs separated by commas, role names as in the Keycloak realm
 * (case-insensitive), weights 1 to {@value #MAX_WEIGHT}; roles left out weigh 1.
 */
public final class FlagWeights {
  /** The highest weight one flag may have. */
  public static final int MAX_WEIGHT = 1000;

  private static final String DEFAULTS = "resident=1,official=3,moderator=3,admin=3";

  private final Map<Role, Integer> weights;

  private FlagWeights(Map<Role, Integer> weights) {
    this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
  }

  /** Residents 1; officials, moderators and admins 3. */
  public static FlagWeights defaults() {
    return parse(DEFAULTS);
  }

  /**
   * Reads weights such as {@code resident=1,official=3,moderator=3,admin=3}.
   *
   * @throws IllegalArgumentException on an empty text, a pair without '=', an unknown or repeated
   *     role, or a weight that is not a whole number from 1 to {@value #MAX_WEIGHT}
   */
  public static FlagWeights parse(String config) {
    if (config == null || config.isBlank()) {
      throw new IllegalArgumentException("flag weights must not be empty");
    }
    Map<Role, Integer> weights = new EnumMap<>(Role.class);
    for (String pair : config.split(",", -1)) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("flag weight is not role=weight: '" + pair.trim() + "'");
      }
      String name = pair.substring(0, eq).trim();
      String number = pair.substring(eq + 1).trim();
      Role role = role(name);
      int weight;
      try {
        weight = Integer.parseInt(number);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "flag weight of " + name + " is not a whole number: '" + number + "'");
      }
      if (weight < 1 || weight > MAX_WEIGHT) {
        throw new IllegalArgumentException(
            "flag weight of " + name + " must be 1 to " + MAX_WEIGHT + ": " + weight);
      }
      if (weights.put(role, weight) != null) {
        throw new IllegalArgumentException("flag weight of " + name + " is given twice");
      }
    }
    return new FlagWeights(weights);
  }

  private static Role role(String name) {
    for (Role r : Role.values()) {
      if (r.realmName().equals(name.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("flag weight for an unknown role: '" + name + "'");
  }

  /** The weight of a flag by a member with these roles: the highest of them, at least 1. */
  public int weightOf(Set<Role> roles) {
    Objects.requireNonNull(roles, "roles");
    int max = 1;
    for (Role r : roles) {
      max = Math.max(max, weights.getOrDefault(r, 1));
    }
    return max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlagWeights other && weights.equals(other.weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /** The configuration form, e.g. {@code resident=1,official=3,moderator=3,admin=3}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    weights.forEach(
        (role, weight) ->
            sb.append(sb.isEmpty() ? "" : ",").append(role.realmName()).append('=').append(weight));
    return sb.toString();
  }
}
