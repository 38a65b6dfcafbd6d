package kz.kenes.moderation.limits;

/**
 * Where counted actions are kept: {@link DatabaseLimits} for the abuse limits (shared by all nodes,
 * kept across restarts), {@link RateLimiter} in memory for the node-local flood guard and for
 * tests. Both count a sliding window per key and limit, and do not count refused attempts.
 */
public interface LimitStore {
  /**
   * Counts one action for {@code key} if {@code limit} still allows it.
   *
   * @return allowed (and counted), or refused with the time until the oldest counted action leaves
   *     the window, rounded up to whole seconds
   */
  Decision tryAcquire(String key, Limit limit);
}
