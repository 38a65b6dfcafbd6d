package kz.kenes.keycloak.phone;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Browser sign-in and sign-up by Kazakh mobile number: the number, a code by SMS, and the code is
 * the only factor. The account of the number signs in; a number without one gets a new account.
 * Placed in the browser flow as an alternative to the username and password form ("Try another
 * way").
 */
public class PhoneFormAuthenticator implements Authenticator {
  @Override
  public void authenticate(AuthenticationFlowContext context) {
    context.challenge(PhoneSteps.numberPage(context.form(), null, null));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    PhoneSteps.Step step =
        PhoneSteps.handle(
            context.getSession(),
            context.getAuthenticationSession(),
            context.getConnection().getRemoteAddr(),
            context.getHttpRequest().getDecodedFormParameters(),
            context::form,
            number -> false);
    if (step.verified() == null) {
      context.challenge(step.page());
      return;
    }
    UserModel user =
        PhoneService.accountOrNew(context.getSession(), context.getRealm(), step.verified());
    if (!user.isEnabled()) {
      context.getEvent().user(user).error(Errors.USER_DISABLED);
      context.failureChallenge(
          AuthenticationFlowError.USER_DISABLED,
          context.form().setError("accountDisabledMessage").createForm(PhoneSteps.NUMBER_PAGE));
      return;
    }
    context.setUser(user);
    context.success();
  }

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
