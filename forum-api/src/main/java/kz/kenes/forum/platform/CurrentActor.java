package kz.kenes.forum.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The caller of the current request, as WildFly's OIDC client established it from a Keycloak bearer
 * token (API) or session (pages). The principal name is the account's username ({@code
 * principal-attribute=preferred_username}); roles are the realm roles of the token.
 */
@RequestScoped
public class CurrentActor {
  private final HttpServletRequest request;

  @Inject
  public CurrentActor(HttpServletRequest request) {
    this.request = request;
  }

  /** For CDI's proxy. */
  protected CurrentActor() {
    this.request = null;
  }

  public Optional<Actor> get() {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (request.isUserInRole(role.realmName())) {
        roles.add(role);
      }
    }
    return Optional.of(
        new Actor(
            principal.getName(),
            displayName(principal),
            roles,
            verifiedEmail(principal),
            verifiedPhone(principal)));
  }

  /** The caller, or 401 when nobody is signed in. */
  public Actor require() {
    return get().orElseThrow(DomainException.Unauthenticated::new);
  }

  private static String verifiedEmail(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
      AccessToken token = oidc.getOidcSecurityContext().getToken();
      if (token != null && "true".equals(token.getClaimValueAsString("email_verified"))) {
        String email = token.getEmail();
        return email == null || email.isBlank() ? null : email.strip();
      }
    }
    return null;
  }

  private static String verifiedPhone(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
      AccessToken token = oidc.getOidcSecurityContext().getToken();
      if (token != null) {
        return verifiedPhone(
            token.getClaimValue("phone_number"), token.getClaimValue("phone_number_verified"));
      }
    }
    return null;
  }

  /**
   * The number of the {@code phone_number} claim when {@code phone_number_verified} is the JSON
   * boolean true (not the string "true") and the number is a Kazakh mobile number in E.164; else
   * null. Kenes trusts no other phone.
   */
  static String verifiedPhone(Object phoneNumber, Object phoneNumberVerified) {
    if (Boolean.TRUE.equals(phoneNumberVerified)
        && phoneNumber instanceof String number
        && Actor.isKazakhMobile(number)) {
      return number;
    }
    return null;
  }

  private static String displayName(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
      AccessToken token = oidc.getOidcSecurityContext().getToken();
      if (token != null) {
        String name = Text.line(token.getName());
        if (name != null && !name.isBlank()) {
          return name.strip();
        }
      }
    }
    return principal.getName();
  }
}
