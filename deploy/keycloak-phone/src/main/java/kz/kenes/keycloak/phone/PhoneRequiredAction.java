package kz.kenes.keycloak.phone;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;

/**
 * An existing account adds or changes its phone the same way as sign-up: a code to the new number.
 * The number must not be another account's. Started by an admin (required action) or by the account
 * itself through the application ({@code kc_action=kenes-phone}).
 */
public class PhoneRequiredAction implements RequiredActionProvider {
  @Override
  public InitiatedActionSupport initiatedActionSupport() {
    return InitiatedActionSupport.SUPPORTED;
  }

  @Override
  public void evaluateTriggers(RequiredActionContext context) {}

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    context.challenge(PhoneSteps.numberPage(context.form(), null, null));
  }

  @Override
  public void processAction(RequiredActionContext context) {
    UserModel user = context.getUser();
    PhoneSteps.Step step =
        PhoneSteps.handle(
            context.getSession(),
            context.getAuthenticationSession(),
            context.getConnection().getRemoteAddr(),
            context.getHttpRequest().getDecodedFormParameters(),
            context::form,
            number ->
                PhoneService.accountOf(context.getSession(), context.getRealm(), number)
                    .filter(holder -> !holder.getId().equals(user.getId()))
                    .isPresent());
    if (step.verified() == null) {
      context.challenge(step.page());
      return;
    }
    PhoneService.verify(user, step.verified());
    context.success();
  }

  @Override
  public void close() {}
}
