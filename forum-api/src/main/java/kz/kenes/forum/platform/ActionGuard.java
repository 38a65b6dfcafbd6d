package kz.kenes.forum.platform;

/**
 * Limits on how often someone may do something (abuse limits), checked by the use cases before they
 * act: a bean of this type (the moderation module provides it) throws {@link
 * DomainException.TooManyRequests} when the actor, or the network address of the request, has done
 * it too often. With no such bean nothing is limited.
 */
public interface ActionGuard {
  /** What is limited. */
  enum Action {
    POST,
    FLAG,
    ESCALATE
  }

  /**
   * Counts one {@code action} of {@code actor}, or throws {@link DomainException.TooManyRequests}.
   * {@code memberSince} is when the actor first acted on Kenes (new accounts have tighter limits),
   * or null when unknown.
   */
  void check(Actor actor, Action action, java.time.Instant memberSince);
}
