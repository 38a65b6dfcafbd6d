package kz.kenes.web.it;

import java.net.MalformedURLException;
import java.net.URI;

/**
 * The Kenes under test as its clients see it: the site's address (the host name the Keycloak realm
 * lets browsers come back to), an HTTP client on it and tokens of the demo accounts from the test
 * Keycloak. Injected by {@link KenesExtension}; one per test JVM.
 */
public final class Kenes {
  private final String site;
  private final Http http;
  private final SmsCentre smsCentre = new SmsCentre();

  Kenes(String site) {
    this.site = site;
    try {
      this.http = new Http(URI.create(site + "/").toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(site, e);
    }
  }

  /** The server of this run: port 8080 shifted by {@code kenes.it.port.offset}. */
  static Kenes ofThisRun() {
    return new Kenes(
        "http://localhost:" + (8080 + Integer.getInteger("kenes.it.port.offset", 10000)));
  }

  /** The site's origin without a trailing slash, e.g. {@code http://localhost:18080}. */
  public String site() {
    return site;
  }

  /** The absolute address of {@code path} ("/threads/1" or "threads/1"). */
  public String url(String path) {
    return site + (path.startsWith("/") ? path : "/" + path);
  }

  /** An HTTP client whose relative paths resolve against the site. */
  public Http http() {
    return http;
  }

  /** The development SMS centre where WildFly and Keycloak send their SMS. */
  public SmsCentre smsCentre() {
    return smsCentre;
  }

  /** An access token of the demo account {@code username} (password = username). */
  public String tokenFor(String username) {
    return KeycloakTestServer.token(username);
  }

  /** The kenes realm's address on the test Keycloak. */
  public String realmUrl() {
    return KeycloakTestServer.REALM_URL;
  }

  /** The test Keycloak's address (its admin API and master realm live there). */
  public String keycloakUrl() {
    return KeycloakTestServer.URL;
  }
}
