package kz.kenes.keycloak.phone;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;

/**
 * The direct grant by phone: {@code grant_type=password}, {@code username=<E.164>}, {@code
 * phone_code=<code>}, no password. Without {@code phone_code} it steps aside ({@code attempted}) so
 * that the username and password alternative of the flow runs. A right code signs in the account of
 * the number, created on first use; anything else is {@code 400 invalid_grant}.
 */
public class PhoneDirectGrantAuthenticator implements Authenticator {
  static final String PHONE_CODE = "phone_code";

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    String code = form.getFirst(PHONE_CODE);
    if (code == null) {
      context.attempted();
      return;
    }
    Optional<String> phone = PhoneService.normalize(form.getFirst("username"));
    // Keycloak's event log names the username: a number appears there masked only
    context
        .getEvent()
        .detail(Details.USERNAME, phone.map(PhoneService::mask).orElse("(not a number)"));
    if (phone.isEmpty()) {
      context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
      context.failure(AuthenticationFlowError.INVALID_CREDENTIALS, invalidGrant());
      return;
    }
    PhoneCodes.Check check = PhoneService.codes(context.getSession()).check(phone.get(), code);
    if (check != PhoneCodes.Check.ACCEPTED) {
      context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
      context.failure(AuthenticationFlowError.INVALID_CREDENTIALS, invalidGrant());
      return;
    }
    UserModel user =
        PhoneService.accountOrNew(context.getSession(), context.getRealm(), phone.get());
    if (!user.isEnabled()) {
      context.getEvent().user(user).error(Errors.USER_DISABLED);
      context.failure(
          AuthenticationFlowError.USER_DISABLED,
          Response.status(400)
              .type(MediaType.APPLICATION_JSON)
              .entity(new OAuth2ErrorRepresentation("invalid_grant", "Account disabled"))
              .build());
      return;
    }
    context.setUser(user);
    context.success();
  }

  private static Response invalidGrant() {
    return Response.status(400)
        .type(MediaType.APPLICATION_JSON)
        .entity(new OAuth2ErrorRepresentation("invalid_grant", "Invalid phone code"))
        .build();
  }

  @Override
  public void action(AuthenticationFlowContext context) {}

  @Override
  public boolean requiresUser() {
    return false;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
