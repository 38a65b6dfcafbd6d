package kz.kenes.keycloak.phone;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Serves {@link PhoneCodeResource} under {@code /realms/{realm}/phone}. */
public class PhoneResourceProviderFactory implements RealmResourceProviderFactory {
  public static final String ID = "phone";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new RealmResourceProvider() {
      @Override
      public Object getResource() {
        return new PhoneCodeResource(session);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void init(Config.Scope config) {
    PhoneService.settings(); // a wrong limit stops Keycloak at start-up, not at the first code
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {
    PhoneService.close();
  }

  @Override
  public String getId() {
    return ID;
  }
}
