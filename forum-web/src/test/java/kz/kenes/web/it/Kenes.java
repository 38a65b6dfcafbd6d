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

  /**
   * A rural district of its own beneath the demo district akimat, created by the admin, so that
   * tests of budgets and surveys do not meet: its slug is {@code <prefix>-<8 hex>-rural-district}.
   */
  public String newRuralDistrict(String prefix) {
    String slug =
        prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-rural-district";
    java.net.http.HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies",
            "{\"slug\":\""
                + slug
                + "\",\"name\":{\"kk\":\"Сынақ ауылдық округі\",\"ru\":\"Тестовый сельский"
                + " округ\",\"en\":\"Test rural district\"},\"kind\":\"EXECUTIVE\","
                + "\"level\":\"RURAL_DISTRICT\",\"parent\":\"aktogay-district-akimat\"}",
            tokenFor("admin"));
    if (created.statusCode() != 201) {
      throw new AssertionError(
          "creating " + slug + ": " + created.statusCode() + " " + created.body());
    }
    return slug;
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
