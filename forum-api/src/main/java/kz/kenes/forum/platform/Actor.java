package kz.kenes.forum.platform;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting in a use case: the signed-in account as the identity provider vouches for it.
 * {@code email} is the verified address of the account, or null.
 */
public record Actor(String username, String displayName, Set<Role> roles, String email) {
  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = Set.copyOf(roles);
  }

  public Actor(String username, String displayName, Set<Role> roles) {
    this(username, displayName, roles, null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public void require(Role role) {
    if (!has(role)) {
      throw new DomainException.Forbidden("error.forbidden.role", role.realmName());
    }
  }
}
