package kz.kenes.forum.member;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The bodies a member of staff acts for: every body (an admin) or a set of bodies (possibly empty).
 * Queries filter by {@link #bodyIds()}, which is empty when no filter applies.
 */
public final class Scope {
  private static final Scope ALL = new Scope(null);

  private final Set<Long> ids;

  private Scope(Set<Long> ids) {
    this.ids = ids == null ? null : Set.copyOf(ids);
  }

  /** Every body. */
  public static Scope all() {
    return ALL;
  }

  /** These bodies only. */
  public static Scope of(Set<Long> bodyIds) {
    return new Scope(Objects.requireNonNull(bodyIds, "bodyIds"));
  }

  /** Whether the scope covers every body. */
  public boolean everyBody() {
    return ids == null;
  }

  /** No body at all: a query may answer empty without asking the database. */
  public boolean isEmpty() {
    return ids != null && ids.isEmpty();
  }

  /** Whether the scope covers the body with this id. */
  public boolean covers(long bodyId) {
    return ids == null || ids.contains(bodyId);
  }

  /** The ids to filter by, or empty when the scope covers every body. */
  public Optional<Set<Long>> bodyIds() {
    return Optional.ofNullable(ids);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope that && Objects.equals(ids, that.ids);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(ids);
  }

  @Override
  public String toString() {
    return ids == null ? "Scope[all]" : "Scope" + ids;
  }
}
