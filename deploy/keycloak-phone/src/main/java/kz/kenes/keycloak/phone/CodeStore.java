package kz.kenes.keycloak.phone;

import java.util.Map;

/**
 * Short-lived entries shared by every Keycloak node: in Keycloak, its {@code
 * SingleUseObjectProvider} (an Infinispan cache in a cluster). Values are string maps.
 */
public interface CodeStore {
  /** Stores the entry for {@code lifespanSeconds}, replacing any entry of that key. */
  void put(String key, long lifespanSeconds, Map<String, String> value);

  /** The entry, or null when there is none or it has expired. */
  Map<String, String> get(String key);

  /** Removes the entry and returns it, or null when another caller removed it first. */
  Map<String, String> remove(String key);

  /** Replaces the value of an existing entry, keeping its lifespan; false if there is none. */
  boolean replace(String key, Map<String, String> value);
}
