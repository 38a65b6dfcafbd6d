package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak down: a server that has not yet talked to Keycloak (its own WildFly, ports shifted by
 * kenes.it.port.offset + {@value #PORT_SHIFT}) starts while Keycloak is stopped. Public reads
 * answer 200; a call with a bearer token answers a clean 503 problem (WildFly's OIDC client cannot
 * load the provider's metadata and keys); once Keycloak is back the same call works, without
 * restarting WildFly. Keycloak (shared by the test JVM) is started again before the test ends.
 */
@ExtendWith(KenesExtension.class)
class KeycloakDownIT {
  Kenes kenes;

  static final int PORT_SHIFT = 2500;
  static final String BODY = "akzhol-rural-district";

  static ServerProcess server;

  @BeforeAll
  static void start(Kenes kenes) {
    server =
        new ServerProcess(
            "keycloak-down",
            Integer.getInteger("kenes.it.port.offset", 10000) + PORT_SHIFT,
            Map.of("KENES_OIDC_PROVIDER_URL", kenes.realmUrl()));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    KeycloakTestServer.restart();
  }

  @Test
  void readsWorkASignedInCallIs503AndWorksAgainWhenKeycloakIsBack() throws Exception {
    String token = kenes.tokenFor("resident");
    assumeTrue(KeycloakTestServer.stopForFault(), "Keycloak was not started by this test JVM");
    server.start();
    Http http = new Http(server.url());

    assertThat(http.get("api/v1/bodies").statusCode()).isEqualTo(200);
    assertThat(http.get("bodies/" + BODY).statusCode()).isEqualTo(200);
    assertThat(http.get("api/v1/bodies/" + BODY + "/threads").statusCode()).isEqualTo(200);
    for (int attempt = 0; attempt < 2; attempt++) {
      HttpResponse<String> refused = open(http, token);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(Json.parse(refused.body()).getInt("status")).isEqualTo(503);
      assertThat(refused.body()).doesNotContain("Exception");
    }

    KeycloakTestServer.restart();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    HttpResponse<String> opened = open(http, kenes.tokenFor("resident"));
    while (opened.statusCode() != 201 && System.nanoTime() < deadline) {
      java.lang.Thread.sleep(1000);
      opened = open(http, kenes.tokenFor("resident"));
    }
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
  }

  private static HttpResponse<String> open(Http http, String token) {
    return http.postJson(
        "api/v1/bodies/" + BODY + "/threads",
        ApiIT.threadJson(
            "QUESTION",
            "Keycloak down " + UUID.randomUUID().toString().substring(0, 8),
            "Бірінші хабарлама.",
            "ROADS"),
        token);
  }
}
