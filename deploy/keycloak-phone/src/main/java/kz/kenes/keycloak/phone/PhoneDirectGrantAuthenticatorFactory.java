package kz.kenes.keycloak.phone;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link PhoneDirectGrantAuthenticator} as {@code kenes-phone-direct-grant}. */
public class PhoneDirectGrantAuthenticatorFactory implements AuthenticatorFactory {
  public static final String ID = "kenes-phone-direct-grant";
  private static final PhoneDirectGrantAuthenticator INSTANCE = new PhoneDirectGrantAuthenticator();

  @Override
  public Authenticator create(KeycloakSession session) {
    return INSTANCE;
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Kenes: phone number and one-time code (direct grant)";
  }

  @Override
  public String getReferenceCategory() {
    return "kenes-phone";
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return new Requirement[] {Requirement.ALTERNATIVE, Requirement.REQUIRED, Requirement.DISABLED};
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public String getHelpText() {
    return "username = the number in E.164, phone_code = the code sent by POST /realms/{realm}/phone/code;"
        + " without phone_code the next alternative runs";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
