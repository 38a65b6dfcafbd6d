package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sessions, tokens and strict input (issue 11), black box against the real server and Keycloak: a
 * new session id at sign-in, only tokens meant for Kenes, strict JSON bodies, a stated body limit,
 * clean titles, and brute-force protection that a correct sign-in does not trip.
 */
@KenesIT
class TrustIT {
  private static final String PROBLEM = "application/problem+json";
  private static final HttpClient KEYCLOAK =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Kenes kenes;
  Http http;

  // --- 6: session fixation ---------------------------------------------------------------------

  @Test
  void aSessionIdFromBeforeSignInIsNotSignedIn() throws Exception {
    String site = kenes.site();
    allowRedirectsTo(site);
    Browser browser = new Browser();

    HttpResponse<String> response = browser.get(site + "/signin?next=/notifications");
    assertThat(response.statusCode()).isEqualTo(303);
    String before = browser.cookie(site, "JSESSIONID");
    assertThat(before).as("/signin keeps next in a session").isNotNull();
    response = browser.follow(response);
    assertThat(response.statusCode()).isEqualTo(200);
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(response.body());
    assertThat(action.find()).as(response.body()).isTrue();
    response =
        browser.post(
            action.group(1).replace("&amp;", "&"),
            "username=resident&password=resident&credentialId=");
    response = browser.follow(response);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).as("signed in through the code flow").contains("class=\"me\"");
    String after = browser.cookie(site, "JSESSIONID");
    assertThat(after).isNotEqualTo(before);

    HttpResponse<String> withOldId = pageWithSession("notifications", before);
    assertThat(withOldId.body()).doesNotContain("class=\"me\"");
    assertThat(withOldId.statusCode()).isNotEqualTo(200);
    HttpResponse<String> withNewId = pageWithSession("notifications", after);
    assertThat(withNewId.statusCode()).isEqualTo(200);
    assertThat(withNewId.body()).contains("class=\"me\"");
  }

  private HttpResponse<String> pageWithSession(String path, String sessionId) {
    return http.send(
        http.request(path)
            .header("Accept", "text/html")
            .header("Cookie", "JSESSIONID=" + sessionId)
            .GET()
            .build());
  }

  /**
   * Just enough of a browser for the code flow: cookies kept per host and port (Keycloak marks its
   * cookies Secure even on http://localhost, which java.net.CookieManager would not send),
   * redirects followed by hand, HTML accepted (the OIDC client answers 401 to API-like requests).
   */
  private static final class Browser {
    private final HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final java.util.Map<String, java.util.Map<String, String>> cookies =
        new java.util.HashMap<>();

    HttpResponse<String> get(String url) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, String form) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Follows redirects until an answer that is not one. */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
      for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
        assertThat(hops).as("redirect loop").isLessThan(8);
        String next =
            response
                .uri()
                .resolve(response.headers().firstValue("Location").orElseThrow())
                .toString();
        response = get(next);
      }
      return response;
    }

    String cookie(String site, String name) {
      return cookies.getOrDefault(URI.create(site).getAuthority(), java.util.Map.of()).get(name);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      request.header("Accept", "text/html");
      URI uri = request.build().uri();
      var jar = cookies.computeIfAbsent(uri.getAuthority(), a -> new java.util.HashMap<>());
      if (!jar.isEmpty()) {
        request.header(
            "Cookie",
            String.join(
                "; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
          jar.remove(name);
        } else {
          jar.put(name, value);
        }
      }
      return response;
    }
  }

  /** The realm lists the usual ports; this run's port offset may differ. */
  private void allowRedirectsTo(String site) {
    JsonObject client = clientNamed("kenes-web");
    JsonArray uris = client.getJsonArray("redirectUris");
    if (uris.getValuesAs(jakarta.json.JsonString.class).stream()
        .anyMatch(u -> u.getString().equals(site + "/*"))) {
      return;
    }
    JsonObject changed =
        Json.createObjectBuilder(client)
            .add("redirectUris", Json.createArrayBuilder(uris).add(site + "/*"))
            .build();
    HttpResponse<String> put =
        admin(
            "PUT",
            "/clients/" + client.getString("id"),
            HttpRequest.BodyPublishers.ofString(changed.toString()));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
  }

  // --- 7: token audience -----------------------------------------------------------------------

  @Test
  void tokensOfAnotherClientOfTheRealmAreRefused() {
    String other = "other-app-" + UUID.randomUUID();
    HttpResponse<String> created =
        admin(
            "POST",
            "/clients",
            HttpRequest.BodyPublishers.ofString(
                Json.createObjectBuilder()
                    .add("clientId", other)
                    .add("publicClient", true)
                    .add("directAccessGrantsEnabled", true)
                    .add("standardFlowEnabled", false)
                    .build()
                    .toString()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String foreignResident = passwordGrant(other, "resident", "resident").getString("access_token");
    String foreignAdmin = passwordGrant(other, "admin", "admin").getString("access_token");

    assertRefused(http.get("api/v1/notifications", foreignResident));
    assertRefused(http.get("api/v1/staff", foreignAdmin));
    assertRefused(
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            "{\"type\":\"QUESTION\",\"title\":\"Бөгде клиенттің тақырыбы\","
                + "\"body\":\"Бұл жазылмауы керек.\",\"category\":\"OTHER\"}",
            foreignResident));

    assertThat(http.get("api/v1/notifications", kenes.tokenFor("resident")).statusCode())
        .isEqualTo(200);
    assertThat(http.get("api/v1/staff", kenes.tokenFor("admin")).statusCode()).isEqualTo(200);
  }

  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
  }

  // --- 10: strict JSON -------------------------------------------------------------------------

  @Test
  void aStringIsNotABooleanAndTheFieldIsNamed() {
    HttpResponse<String> response =
        http.postJson(
            "api/v1/appeals/999999999/submit",
            "{\"publishAnswer\": \"maybe\"}",
            kenes.tokenFor("resident"));

    assertInvalid(response, "publishAnswer");
  }

  @Test
  void wrongTypesTrailingContentAndOtherMediaTypesWriteNothing() {
    String admin = kenes.tokenFor("admin");
    String path = "api/v1/bodies/karaoba-rural-district/staff/OFFICIAL/resident2";

    assertInvalid(put(path, "application/json", "{\"position\": 5}", admin), "position");

    HttpResponse<String> trailing =
        put(path, "application/json", "{\"position\": \"Бас маман\"} trailing", admin);
    assertThat(trailing.statusCode()).as(trailing.body()).isEqualTo(400);
    assertThat(trailing.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);

    for (String type : new String[] {"*/*", "text/plain", "application/x-www-form-urlencoded"}) {
      HttpResponse<String> other = put(path, type, "{\"position\": \"Бас маман\"}", admin);
      assertThat(other.statusCode()).as(type + " " + other.body()).isEqualTo(415);
      assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    }
    assertThat(http.get("api/v1/staff?body=karaoba-rural-district", admin).body())
        .doesNotContain("resident2");

    HttpResponse<String> json =
        put(path, "application/json; charset=UTF-8", "{\"position\": \"Бас маман\"}", admin);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(201);
    assertThat(
            http.send(
                    http.request(path).header("Authorization", "Bearer " + admin).DELETE().build())
                .statusCode())
        .isEqualTo(204);
  }

  private HttpResponse<String> put(String path, String type, String body, String token) {
    return http.send(
        http.request(path)
            .header("Content-Type", type)
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private void assertInvalid(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    JsonObject problem = kz.kenes.web.it.Json.parse(response.body());
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("field")).isEqualTo(field);
              assertThat(e.getString("code")).isEqualTo("validation.type");
            });
  }

  // --- 10: body size ---------------------------------------------------------------------------

  /**
   * HTTP/1.1 as curl speaks it: a declared Content-Length, or chunked when the length is unknown.
   */
  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void aTenMegabyteBodyGetsA413ThatStatesTheLimit() throws Exception {
    String token = kenes.tokenFor("resident");
    byte[] big = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');

    HttpResponse<String> declared =
        HTTP_1_1.send(
            http.request("api/v1/bodies/akzhol-rural-district/threads")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTooLarge(declared);

    byte[] chunked = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(chunked, (byte) ' ');
    HttpResponse<String> unknownLength =
        HTTP_1_1.send(
            http.request("api/v1/bodies/akzhol-rural-district/threads")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(chunked)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTooLarge(unknownLength);
  }

  private void assertTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    assertThat(kz.kenes.web.it.Json.parse(response.body()).getString("title")).contains("1024");
  }

  // --- 10: control characters ------------------------------------------------------------------

  @Test
  void nulAndAnUnclosedOverrideAreDroppedAndTitlesAreIsolated() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    String title = "Жол\u0000 жөндеу \u202E" + mark + "\u0007 керек";
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            Json.createObjectBuilder()
                .add("type", "QUESTION")
                .add("title", title)
                .add("body", "Бірінші\u0000 жол\n\tекінші жол \u2066сол\u2069")
                .add("category", "OTHER")
                .build()
                .toString(),
            kenes.tokenFor("resident"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject thread = kz.kenes.web.it.Json.parse(created.body());
    assertThat(thread.getString("title")).isEqualTo("Жол жөндеу " + mark + " керек");

    HttpResponse<String> page = http.get("threads/" + thread.getJsonNumber("id").longValue());
    assertThat(page.body()).contains("<h1><bdi>Жол жөндеу " + mark + " керек</bdi></h1>");
    assertThat(page.body()).doesNotContain("\u0000").doesNotContain("\u202E");
  }

  @Test
  void anUnclosedOverrideInTheTokensNameIsDropped() {
    String user = newUser("Тест\u202E");
    String token = passwordGrant("kenes-cli", user, "Secret-" + user).getString("access_token");

    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            "{\"type\":\"QUESTION\",\"title\":\"Атауы бар тақырып\","
                + "\"body\":\"Аты дұрыс көрінуі керек.\",\"category\":\"OTHER\"}",
            token);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(kz.kenes.web.it.Json.parse(created.body()).getJsonObject("author").getString("name"))
        .isEqualTo("Тест Қолданушы");
  }

  @Test
  void theFirstRequestsOfANewAccountArrivingTogetherAllSucceed() throws Exception {
    String user = newUser("Жаңа");
    String token = passwordGrant("kenes-cli", user, "Secret-" + user).getString("access_token");
    int parallel = 8;
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(parallel);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(parallel);
    try {
      java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers =
          new java.util.ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        answers.add(
            pool.submit(
                () -> {
                  together.await();
                  return http.get("api/v1/me/appeals", token);
                }));
      }
      for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        // each creates the member on its first action; the losers of that race read the winner's
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // --- 10: brute-force protection --------------------------------------------------------------

  @Test
  void quickSignInsDoNotLockButTenWrongPasswordsDo() throws Exception {
    String quick = newUser("Тест");
    assertThat(passwordGrantStatus(quick, "Secret-" + quick)).isEqualTo(200);
    java.lang.Thread.sleep(100);
    assertThat(passwordGrantStatus(quick, "Secret-" + quick)).isEqualTo(200);
    // two typos in quick succession (or anyone who knows the username) must not lock the owner out
    assertThat(passwordGrantStatus(quick, "typo-1")).isIn(400, 401);
    java.lang.Thread.sleep(100);
    assertThat(passwordGrantStatus(quick, "typo-2")).isIn(400, 401);
    assertThat(passwordGrantStatus(quick, "Secret-" + quick)).isEqualTo(200);

    String guessed = newUser("Тест");
    for (int i = 0; i < 10; i++) {
      assertThat(passwordGrantStatus(guessed, "wrong-" + i)).isIn(400, 401);
    }
    assertThat(passwordGrantStatus(guessed, "Secret-" + guessed))
        .as("locked after ten wrong passwords")
        .isIn(400, 401);
    JsonObject user = userNamed(guessed);
    HttpResponse<String> status =
        admin(
            "GET",
            "/attack-detection/brute-force/users/" + user.getString("id"),
            HttpRequest.BodyPublishers.noBody());
    assertThat(kz.kenes.web.it.Json.parse(status.body()).getBoolean("disabled")).isTrue();
  }

  private String newUser(String firstName) {
    String name = "bf-" + UUID.randomUUID().toString().substring(0, 12);
    HttpResponse<String> created =
        admin(
            "POST",
            "/users",
            HttpRequest.BodyPublishers.ofString(
                Json.createObjectBuilder()
                    .add("username", name)
                    .add("enabled", true)
                    .add("email", name + "@example.org")
                    .add("emailVerified", true)
                    .add("firstName", firstName)
                    .add("lastName", "Қолданушы")
                    .add(
                        "credentials",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", "password")
                                    .add("value", "Secret-" + name)
                                    .add("temporary", false)))
                    .build()
                    .toString()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return name;
  }

  private int passwordGrantStatus(String username, String password) {
    return send(tokenRequest("kenes-cli", username, password)).statusCode();
  }

  // --- Keycloak helpers ------------------------------------------------------------------------

  private JsonObject passwordGrant(String client, String username, String password) {
    HttpResponse<String> response = send(tokenRequest(client, username, password));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return kz.kenes.web.it.Json.parse(response.body());
  }

  private HttpRequest tokenRequest(String client, String username, String password) {
    return HttpRequest.newBuilder(URI.create(kenes.realmUrl() + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "grant_type=password&client_id="
                    + URLEncoder.encode(client, StandardCharsets.UTF_8)
                    + "&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)))
        .build();
  }

  private JsonObject userNamed(String username) {
    HttpResponse<String> found =
        admin("GET", "/users?exact=true&username=" + username, HttpRequest.BodyPublishers.noBody());
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return Json.createReader(new java.io.StringReader(found.body())).readArray().getJsonObject(0);
  }

  private JsonObject clientNamed(String clientId) {
    HttpResponse<String> found =
        admin("GET", "/clients?clientId=" + clientId, HttpRequest.BodyPublishers.noBody());
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return Json.createReader(new java.io.StringReader(found.body())).readArray().getJsonObject(0);
  }

  /** A call of Keycloak's admin REST API on the kenes realm as the bootstrap admin. */
  private HttpResponse<String> admin(String method, String path, HttpRequest.BodyPublisher body) {
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        kenes.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String token = kz.kenes.web.it.Json.parse(login.body()).getString("access_token");
    return send(
        HttpRequest.newBuilder(URI.create(kenes.keycloakUrl() + "/admin/realms/kenes" + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, body)
            .build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return KEYCLOAK.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
