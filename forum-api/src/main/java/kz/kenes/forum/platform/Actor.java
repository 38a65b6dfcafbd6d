package kz.kenes.forum.platform;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is acting in a use case: the signed-in account as the identity provider vouches for it.
 * {@code email} is the verified address of the account, or null. {@code verifiedPhone} is the
 * account's Kazakh mobile number in E.164 ({@code +77XXXXXXXXX}) when the identity provider has
 * verified it, or null; read it through {@link #phone()}.
 */
public record Actor(
    String username, String displayName, Set<Role> roles, String email, String verifiedPhone) {
  /** A Kazakh mobile number in E.164, the only form a verified phone takes. */
  private static final Pattern KAZAKH_MOBILE = Pattern.compile("\\+77[0-9]{9}");

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = Set.copyOf(roles);
    if (verifiedPhone != null && !KAZAKH_MOBILE.matcher(verifiedPhone).matches()) {
      throw new IllegalArgumentException("verifiedPhone is not a Kazakh mobile number in E.164");
    }
  }

  public Actor(String username, String displayName, Set<Role> roles, String email) {
    this(username, displayName, roles, email, null);
  }

  public Actor(String username, String displayName, Set<Role> roles) {
    this(username, displayName, roles, null, null);
  }

  /** Whether this text is a Kazakh mobile number in E.164 ({@code +77} and nine digits). */
  public static boolean isKazakhMobile(String text) {
    return text != null && KAZAKH_MOBILE.matcher(text).matches();
  }

  /** The account's verified mobile number in E.164, empty when it has none or it is unverified. */
  public Optional<String> phone() {
    return Optional.ofNullable(verifiedPhone);
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
