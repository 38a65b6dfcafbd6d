package kz.kenes.keycloak.phone;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link PhoneRequiredAction} as {@code kenes-phone}. */
public class PhoneRequiredActionFactory implements RequiredActionFactory {
  public static final String ID = "kenes-phone";
  private static final PhoneRequiredAction INSTANCE = new PhoneRequiredAction();

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return INSTANCE;
  }

  @Override
  public String getDisplayText() {
    return "Kenes: add or change the phone number";
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
