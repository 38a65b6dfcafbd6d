package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static kz.kenes.web.it.ApiIT.threadJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Input that used to end in a 500, cross-site requests riding on the session cookie, and the
 * security headers: the real server, real Keycloak tokens and sessions, a real browser.
 */
@KenesIT
class RequestSafetyIT {
  private static final String BODY = "akzhol-rural-district";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  Kenes kenes;
  Browsers browsers;
  Http http;

  private String token(String user) {
    return kenes.tokenFor(user);
  }

  private long open(String type, String user) {
    // words no other test searches for: SearchIT ranks its own threads among the body's
    String title = "Көше шамдары " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + BODY + "/threads",
            threadJson(type, title, "Түнде көшеде жарық жоқ: " + title, "ROADS"),
            token(user));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.parse(created.body()).getJsonNumber("id").longValue();
  }

  private int supportCount(long threadId) {
    return Json.parse(http.get("api/v1/threads/" + threadId).body()).getInt("supportCount");
  }

  /** The session cookie of {@code user} signed in through Keycloak's page in a real browser. */
  private String sessionOf(String user) throws Exception {
    return browsers.as(
        user, false, "/", browser -> browser.manage().getCookieNamed("JSESSIONID").getValue());
  }

  private HttpResponse<String> form(String path, String session, String origin, String body) {
    HttpRequest.Builder request =
        http.request(path)
            .header("Cookie", "JSESSIONID=" + session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build());
  }

  private HttpResponse<String> json(String path, String session, String origin) {
    HttpRequest.Builder request =
        http.request(path)
            .header("Cookie", "JSESSIONID=" + session)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build());
  }

  @Test
  void aModeratorsReasonOfUpTo500CharactersIsKeptAndALongerOneIsAFieldError() {
    long threadId = open("COMPLAINT", "resident2");
    long postId =
        Json.parse(http.get("api/v1/threads/" + threadId).body())
            .getJsonNumber("openingPostId")
            .longValue();
    HttpResponse<String> flagged =
        http.postJson(
            "api/v1/posts/" + postId + "/flags",
            "{\"reason\":\"OFFENSIVE\",\"note\":\"тексеріңіз\"}",
            token("resident"));
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    long itemId = Json.parse(flagged.body()).getJsonNumber("itemId").longValue();
    long version =
        Json.parse(http.get("api/v1/moderation/items/" + itemId, token("moderator")).body())
            .getJsonObject("item")
            .getJsonNumber("version")
            .longValue();

    HttpResponse<String> tooLong = act(itemId, "ә".repeat(501), version);
    assertProblem(tooLong, 400);
    assertThat(tooLong.body()).contains("\"field\":\"reason\"");

    String reason = "Ереже 3: " + "ә".repeat(491);
    assertThat(reason).hasSize(500);
    HttpResponse<String> hidden = act(itemId, reason, version);
    assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
    // a hidden opening post hides its thread from everyone but its author and staff
    JsonObject post =
        Json.parse(http.get("api/v1/threads/" + threadId, token("moderator")).body())
            .getJsonArray("posts")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getJsonNumber("id").longValue() == postId)
            .findFirst()
            .orElseThrow();
    assertThat(post.getString("visibility")).isEqualTo("HIDDEN");
  }

  @Test
  void theQueuePageShowsADecisionWithATooLongReasonAgainWithItsError() throws Exception {
    long threadId = open("COMPLAINT", "resident3");
    long postId =
        Json.parse(http.get("api/v1/threads/" + threadId).body())
            .getJsonNumber("openingPostId")
            .longValue();
    HttpResponse<String> flagged =
        http.postJson(
            "api/v1/posts/" + postId + "/flags", "{\"reason\":\"SPAM\"}", token("resident4"));
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    long itemId = Json.parse(flagged.body()).getJsonNumber("itemId").longValue();
    long version =
        Json.parse(http.get("api/v1/moderation/items/" + itemId, token("moderator")).body())
            .getJsonObject("item")
            .getJsonNumber("version")
            .longValue();
    String session = sessionOf("moderator");
    Matcher token =
        CSRF.matcher(
            http.send(
                    http.request("moderation")
                        .header("Cookie", "JSESSIONID=" + session)
                        .GET()
                        .build())
                .body());
    assertThat(token.find()).isTrue();
    String form = "_csrf=" + token.group(1) + "&action=HIDE&version=" + version + "&reason=";

    HttpResponse<String> again =
        form("moderation/items/" + itemId, session, null, form + "x".repeat(501));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
    assertThat(again.body())
        .contains("id=\"reason-" + itemId + "\"")
        .contains("value=\"" + "x".repeat(501) + "\"")
        .contains("class=\"field-error\"");

    HttpResponse<String> decided =
        form("moderation/items/" + itemId, session, null, form + "y".repeat(500));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(303);
  }

  private HttpResponse<String> act(long itemId, String reason, long version) {
    return http.postJson(
        "api/v1/moderation/items/" + itemId + "/actions",
        "{\"action\":\"HIDE\",\"reason\":" + quote(reason) + ",\"version\":" + version + "}",
        token("moderator"));
  }

  @Test
  void aMalformedAcceptHeaderIsReadAsAnyTypeOnTheApiPagesAndTheOpenApiDocument() {
    for (String path : List.of("api/v1/bodies", "", "bodies/" + BODY, "openapi")) {
      HttpResponse<String> response =
          http.send(http.request(path).header("Accept", "application/json;q=x").GET().build());
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }
  }

  @Test
  void aCrossSiteFormCannotUseTheSessionCookieOnTheApiButABearerTokenWorks() throws Exception {
    long threadId = open("PROPOSAL", "resident2");
    String session = sessionOf("resident");
    String support = "api/v1/threads/" + threadId + "/supports";

    HttpResponse<String> crossSiteForm = form(support, session, "http://evil.example", "x=1");
    assertProblem(crossSiteForm, 415);
    assertProblem(form("api/v1/notifications/read-all", session, "http://evil.example", ""), 415);
    assertProblem(json(support, session, "http://evil.example"), 403);
    assertProblem(json(support, session, null), 403);
    assertThat(supportCount(threadId)).isZero();

    HttpResponse<String> sameSite = json(support, session, kenes.site());
    assertThat(sameSite.statusCode()).as(sameSite.body()).isEqualTo(201);
    assertProblem(
        http.send(
            http.request(support)
                .header("Authorization", "Bearer " + token("resident3"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build()),
        415);
    HttpResponse<String> bearer = http.postJson(support, "", token("resident3"));
    assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(201);
    assertThat(supportCount(threadId)).isEqualTo(2);
  }

  @Test
  void aPageFormPostNeedsTheSessionsCsrfToken() throws Exception {
    long threadId = open("PROPOSAL", "resident2");
    String session = sessionOf("resident4");
    String support = "threads/" + threadId + "/supports";

    for (String body : List.of("", "_csrf=forged", "_csrf=")) {
      HttpResponse<String> refused = form(support, session, null, body);
      assertThat(refused.statusCode()).as(body).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
    assertThat(form(support, "none", null, "_csrf=forged").statusCode()).isEqualTo(401);
    assertThat(supportCount(threadId)).isZero();

    HttpResponse<String> page =
        http.send(
            http.request("threads/" + threadId)
                .header("Cookie", "JSESSIONID=" + session)
                .GET()
                .build());
    Matcher token = CSRF.matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();
    HttpResponse<String> withNul =
        form(support, session, null, "_csrf=" + token.group(1) + "&note=a%00b");
    assertThat(withNul.statusCode()).as(withNul.body()).isEqualTo(400);
    assertThat(supportCount(threadId)).isZero();
    HttpResponse<String> supported = form(support, session, null, "_csrf=" + token.group(1));
    assertThat(supported.statusCode()).as(supported.body()).isEqualTo(303);
    assertThat(supportCount(threadId)).isEqualTo(1);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path :
        List.of(
            "",
            "threads/987654321",
            "no-such-page",
            "static/kenes.css",
            "api/v1/bodies",
            "api/v1/threads/987654321",
            "api/v1/me/follows",
            "openapi")) {
      HttpResponse<String> response = http.get(path);
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("script-src 'self';")
                      .contains("frame-ancestors 'none'")
                      .contains("form-action 'self' " + kenes.realmUrl())
                      .contains("object-src 'none'")
                      .doesNotContain("unsafe"));
      assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    }
  }

  @Test
  void apiResponsesToASignedInCallerAreNeverStored() {
    for (String path : List.of("api/v1/bodies", "api/v1/me/follows", "api/v1/threads/987654321")) {
      HttpResponse<String> response = http.get(path, token("resident"));
      assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
    }
    assertThat(http.get("api/v1/bodies").headers().firstValue("Cache-Control"))
        .isNotEqualTo(java.util.Optional.of("no-store"));
  }

  @Test
  void aTokenInTheUrlIsRefused() {
    HttpResponse<String> api = http.get("api/v1/me/follows?access_token=" + token("resident"));
    assertProblem(api, 400);
    assertThat(api.body()).contains("\"field\":\"access_token\"");
    HttpResponse<String> page = http.get("?access_token=" + token("resident"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
  }

  @Test
  void theOpenApiDocumentAllowsAnyOriginButNoCredentials() {
    HttpResponse<String> document =
        http.send(
            http.request("openapi")
                .header("Origin", "http://elsewhere.example")
                .header("Accept", "application/json")
                .GET()
                .build());
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(document.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void aSignInWithAControlCharacterInNextLandsHomeAndPagesRaiseNoCspViolation() throws Exception {
    WebDriver browser = browsers.open(true);
    WebDriverWait wait = Browsers.waitFor(browser);
    // a NUL anywhere in a query is refused before (400); tab and other controls land home
    browser.get(kenes.site() + "/signin?next=%2Fthreads%09%1Fx");
    browsers.signInOnKeycloak(browser, "resident");
    wait.until(ExpectedConditions.urlToBe(kenes.site() + "/"));
    assertThat(browser.findElements(By.cssSelector("a[href^='/bodies/']"))).isNotEmpty();

    long threadId = open("PROPOSAL", "resident2");
    for (String path : List.of("/threads/" + threadId, "/bodies/" + BODY + "/new", "/")) {
      browser.get(kenes.site() + path);
      wait.until(
          b ->
              "complete"
                  .equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
      ((JavascriptExecutor) browser).executeScript("console.error('kenes-probe')");
      List<String> console =
          browser.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .toList();
      assertThat(console).as(path).anyMatch(m -> m.contains("kenes-probe"));
      assertThat(console)
          .as(path)
          .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    // form-action lets the sign-out form's redirect through Keycloak's end-session endpoint
    // and back: a blocked navigation would leave the signed-in page as it is
    browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("form[action='/logout']"), 0));
    assertThat(browser.getCurrentUrl()).isEqualTo(kenes.site() + "/");
    assertThat(browser.findElements(By.cssSelector("a[href^='/signin']"))).isNotEmpty();
  }
}
