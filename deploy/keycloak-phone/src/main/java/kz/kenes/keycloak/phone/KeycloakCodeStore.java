package kz.kenes.keycloak.phone;

import java.util.Map;
import org.keycloak.models.SingleUseObjectProvider;

/** {@link CodeStore} over Keycloak's single-use objects (replicated across the cluster). */
final class KeycloakCodeStore implements CodeStore {
  private final SingleUseObjectProvider objects;

  KeycloakCodeStore(SingleUseObjectProvider objects) {
    this.objects = objects;
  }

  @Override
  public void put(String key, long lifespanSeconds, Map<String, String> value) {
    objects.put(key, lifespanSeconds, value);
  }

  @Override
  public Map<String, String> get(String key) {
    return objects.get(key);
  }

  @Override
  public Map<String, String> remove(String key) {
    return objects.remove(key);
  }

  @Override
  public boolean replace(String key, Map<String, String> value) {
    return objects.replace(key, value);
  }
}
