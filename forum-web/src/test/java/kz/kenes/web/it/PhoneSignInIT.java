package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in by Kazakh mobile number with the Kenes Keycloak extension that the build installs, the
 * real Keycloak and the development SMS centre (SMPP) that receives the codes: the code endpoint,
 * the kenes-cli direct grant with {@code phone_code}, the limits, and sign-up in Chromium. Each
 * test uses numbers of its own (the per-number limit is the production one, 3 an hour).
 */
@KenesIT
class PhoneSignInIT {
  private static final HttpClient KEYCLOAK =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
  private static final SecureRandom RANDOM = new SecureRandom();

  Kenes kenes;
  Http http;
  SmsCentre smsCentre;

  /** A Kazakh mobile number nobody else in this run uses. */
  private static String newNumber() {
    return "+7705" + String.format("%07d", RANDOM.nextInt(10_000_000));
  }

  private HttpResponse<String> askCode(String body) throws Exception {
    return KEYCLOAK.send(
        HttpRequest.newBuilder(URI.create(kenes.realmUrl() + "/phone/code"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The code of the newest SMS to the number that holds one, waiting for the SMS centre. */
  private String codeSentTo(String e164, String notThis) {
    SmsCentreTestServer.Sms sms =
        smsCentre
            .awaitMessageTo(
                e164,
                text -> {
                  Matcher code = CODE.matcher(text);
                  return code.find() && !code.group(1).equals(notThis);
                },
                Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no code reached the SMS centre"));
    assertThat(sms.text()).contains("Kenes").hasSizeLessThanOrEqualTo(70);
    Matcher code = CODE.matcher(sms.text());
    assertThat(code.find()).isTrue();
    return code.group(1);
  }

  private HttpResponse<String> grant(String form) throws Exception {
    return KEYCLOAK.send(
        HttpRequest.newBuilder(URI.create(kenes.realmUrl() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> phoneGrant(String e164, String code) throws Exception {
    return grant(
        "grant_type=password&client_id=kenes-cli&username="
            + URLEncoder.encode(e164, StandardCharsets.UTF_8)
            + "&phone_code="
            + code);
  }

  private static JsonObject claims(String accessToken) {
    String payload = accessToken.split("\\.")[1];
    return (JsonObject)
        Json.structure(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  @Test
  void aNewNumberGetsACodeAndTheDirectGrantGivesATokenKenesAccepts() throws Exception {
    String number = newNumber();
    HttpResponse<String> asked = askCode("{\"phone\": \"" + number + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);

    HttpResponse<String> granted = phoneGrant(number, codeSentTo(number, null));
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    JsonObject claims = claims(Json.parse(granted.body()).getString("access_token"));
    assertThat(claims.getString("phone_number")).isEqualTo(number);
    assertThat(claims.get("phone_number_verified")).isEqualTo(jakarta.json.JsonValue.TRUE);
    assertThat(claims.getString("preferred_username"))
        .startsWith("kenes-")
        .doesNotContain(number.substring(4));

    String token = Json.parse(granted.body()).getString("access_token");
    HttpResponse<String> mine = http.get("/api/v1/me/appeals", token);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);

    // the same number signs in to the same account next time, in its 8-prefixed local form too
    assertThat(askCode("{\"phone\": \"8 " + number.substring(2) + "\"}").statusCode())
        .isEqualTo(202);
    String again =
        Json.parse(phoneGrant(number, codeSentTo(number, null)).body()).getString("access_token");
    assertThat(claims(again).getString("preferred_username"))
        .isEqualTo(claims.getString("preferred_username"));
  }

  @Test
  void aUsedCodeAndAWrongCodeAreInvalidGrants() throws Exception {
    String number = newNumber();
    assertThat(askCode("{\"phone\":\"" + number + "\"}").statusCode()).isEqualTo(202);
    String code = codeSentTo(number, null);
    String wrong = code.equals("000000") ? "111111" : "000000";

    HttpResponse<String> refused = phoneGrant(number, wrong);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Json.parse(refused.body()).getString("error")).isEqualTo("invalid_grant");
    assertThat(phoneGrant(number, code).statusCode()).isEqualTo(200);

    HttpResponse<String> reused = phoneGrant(number, code);
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(Json.parse(reused.body()).getString("error")).isEqualTo("invalid_grant");
  }

  @Test
  void fiveWrongCodesEndTheCode() throws Exception {
    String number = newNumber();
    assertThat(askCode("{\"phone\":\"" + number + "\"}").statusCode()).isEqualTo(202);
    String code = codeSentTo(number, null);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(phoneGrant(number, wrong).statusCode()).isEqualTo(400);
    }

    HttpResponse<String> ended = phoneGrant(number, code);
    assertThat(ended.statusCode()).isEqualTo(400);
    assertThat(Json.parse(ended.body()).getString("error")).isEqualTo("invalid_grant");
  }

  @Test
  void theFourthCodeForANumberWithinAnHourIs429() throws Exception {
    String number = newNumber();
    for (int i = 0; i < 3; i++) {
      assertThat(askCode("{\"phone\":\"" + number + "\"}").statusCode()).isEqualTo(202);
    }

    HttpResponse<String> fourth = askCode("{\"phone\":\"" + number + "\"}");
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(Json.parse(fourth.body()).getString("error")).isEqualTo("too_many_codes");
  }

  @Test
  void aLandlineOrABrokenBodyIs400AndAnAccountlessNumberIsAnsweredAsAnyOther() throws Exception {
    for (String body :
        new String[] {
          "{\"phone\":\"+7 727 212 34 56\"}",
          "{\"phone\":\"+79161234567\"}",
          "{\"phone\":12}",
          "{\"phone\":",
          "[]",
          ""
        }) {
      HttpResponse<String> refused = askCode(body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(Json.parse(refused.body()).getString("error")).isEqualTo("invalid_phone");
    }
    // resident's number has an account, a new one has none: the same answer
    HttpResponse<String> known = askCode("{\"phone\":\"+77010000004\"}");
    HttpResponse<String> unknown = askCode("{\"phone\":\"" + newNumber() + "\"}");
    assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(202);
    assertThat(known.body()).isEqualTo(unknown.body());
  }

  @Test
  void usernameAndPasswordStillSignInAndDemoResidentsHaveVerifiedNumbers() throws Exception {
    HttpResponse<String> granted =
        grant("grant_type=password&client_id=kenes-cli&username=resident3&password=resident3");
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    JsonObject claims = claims(Json.parse(granted.body()).getString("access_token"));
    assertThat(claims.getString("phone_number")).isEqualTo("+77010000003");
    assertThat(claims.get("phone_number_verified")).isEqualTo(jakarta.json.JsonValue.TRUE);
  }

  @Test
  void aNewResidentSignsUpByPhoneInTheBrowser() throws Exception {
    Chromium.ensureInstalled();
    String site = kenes.site();
    String number = newNumber();
    WebDriver browser =
        Chromium.start(
            Files.createTempDirectory(Path.of(System.getProperty("kenes.it.dir")), "chromium"));
    try {
      WebDriverWait wait = Browsers.waitFor(browser);
      browser.get(site + "/signin?next=/me/appeals");
      wait.until(ExpectedConditions.urlContains(kenes.realmUrl()));
      browser.findElement(By.id("try-another-way")).click();
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//div[@role='button'][.//h2[contains(., 'SMS')]]")))
          .click();

      // a landline is refused with a clear message and the form again
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kenes-phone")))
          .sendKeys("8 7272 12 34 56");
      browser.findElement(By.id("kenes-phone-send")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kenes-phone")));
      assertThat(browser.getPageSource())
          .containsAnyOf(
              "This is not a Kazakh mobile number",
              "Это не казахстанский мобильный номер",
              "Бұл қазақстандық ұялы нөмір емес");

      browser.findElement(By.id("kenes-phone")).clear();
      browser.findElement(By.id("kenes-phone")).sendKeys("8 " + number.substring(2));
      browser.findElement(By.id("kenes-phone-send")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kenes-code")))
          .sendKeys(codeSentTo(number, null));
      assertThat(browser.findElement(By.id("kenes-phone-sent")).getText())
          .contains(number.substring(0, 5) + "***" + number.substring(number.length() - 4))
          .doesNotContain(number);
      browser.findElement(By.id("kenes-code-submit")).click();

      wait.until(ExpectedConditions.urlToBe(site + "/me/appeals"));
      assertThat(browser.findElement(By.className("me")).getText()).startsWith("kenes-");
    } finally {
      Files.writeString(
          Path.of(System.getProperty("kenes.it.dir"), "browser-last-page.html"),
          browser.getCurrentUrl() + "\n" + browser.getPageSource());
      browser.quit();
    }
  }

  @Test
  void anExistingAccountAddsAFreeNumberWithACode() throws Exception {
    String username = "it-phone-" + Integer.toString(RANDOM.nextInt(1 << 30), 36);
    createAccount(username, "[\"kenes-phone\"]");
    String number = newNumber();
    WebDriver browser = signInWithPassword(username, "/me/appeals");
    try {
      WebDriverWait wait = Browsers.waitFor(browser);
      // resident's number belongs to resident: refused
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kenes-phone")))
          .sendKeys("+77010000001");
      browser.findElement(By.id("kenes-phone-send")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kenes-phone")));
      assertThat(browser.getPageSource())
          .containsAnyOf(
              "This number belongs to another account",
              "Этот номер принадлежит другой учётной записи",
              "Бұл нөмір басқа тіркелгіге тиесілі");

      confirmNumber(browser, wait, number);
      wait.until(ExpectedConditions.urlToBe(kenes.site() + "/me/appeals"));
    } finally {
      browser.quit();
    }

    assertVerifiedNumber(username, number);
  }

  /**
   * A signed-in member without a number follows the link on the notifications page, confirms a new
   * number with a code in Keycloak and comes back signed in again with it: SMS can now be chosen.
   */
  @Test
  void aSignedInMemberAddsANumberFromTheNotificationsPage() throws Exception {
    String username = "it-phone-" + Integer.toString(RANDOM.nextInt(1 << 30), 36);
    createAccount(username, "[]");
    String number = newNumber();
    WebDriver browser = signInWithPassword(username, "/notifications");
    try {
      WebDriverWait wait = Browsers.waitFor(browser);
      wait.until(ExpectedConditions.urlToBe(kenes.site() + "/notifications"));
      assertThat(browser.findElements(By.cssSelector("#channels .meta"))).isNotEmpty();

      browser.findElement(By.id("phone-link")).click();
      confirmNumber(browser, wait, number);
      wait.until(ExpectedConditions.urlToBe(kenes.site() + "/notifications#channels"));
      // signed in again with the new token: the page no longer says the number is missing
      assertThat(browser.findElements(By.cssSelector("#channels .meta")))
          .as(browser.getPageSource())
          .isEmpty();
    } finally {
      browser.quit();
    }

    assertVerifiedNumber(username, number);
  }

  /** A Chromium that signs in with the account's password, sent to Keycloak from {@code next}. */
  private WebDriver signInWithPassword(String username, String next) throws Exception {
    Chromium.ensureInstalled();
    WebDriver browser =
        Chromium.start(
            Files.createTempDirectory(Path.of(System.getProperty("kenes.it.dir")), "chromium"));
    try {
      browser.get(kenes.site() + "/signin?next=" + next);
      Browsers.waitFor(browser).until(ExpectedConditions.urlContains(kenes.realmUrl()));
      browser.findElement(By.id("username")).sendKeys(username);
      browser.findElement(By.id("password")).sendKeys(username);
      browser.findElement(By.id("kc-login")).click();
      return browser;
    } catch (RuntimeException | Error failure) {
      browser.quit();
      throw failure;
    }
  }

  /** Enters the number in Keycloak's phone form, then the code the SMS centre received for it. */
  private void confirmNumber(WebDriver browser, WebDriverWait wait, String number)
      throws Exception {
    var field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kenes-phone")));
    field.clear();
    field.sendKeys(number);
    browser.findElement(By.id("kenes-phone-send")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kenes-code")))
        .sendKeys(codeSentTo(number, null));
    browser.findElement(By.id("kenes-code-submit")).click();
  }

  private void createAccount(String username, String requiredActions) throws Exception {
    String adminToken =
        Json.parse(
                KEYCLOAK
                    .send(
                        HttpRequest.newBuilder(
                                URI.create(
                                    kenes.keycloakUrl()
                                        + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "grant_type=password&client_id=admin-cli&username=admin"
                                        + "&password=admin"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body())
            .getString("access_token");
    HttpResponse<String> created =
        KEYCLOAK.send(
            HttpRequest.newBuilder(URI.create(kenes.keycloakUrl() + "/admin/realms/kenes/users"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\""
                            + username
                            + "\",\"enabled\":true,\"firstName\":\"Айгүл\",\"lastName\":\"Phone\","
                            + "\"email\":\""
                            + username
                            + "@example.kz\",\"emailVerified\":true,\"requiredActions\":"
                            + requiredActions
                            + ",\"credentials\":[{\"type\":\"password\","
                            + "\"value\":\""
                            + username
                            + "\",\"temporary\":false}]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private void assertVerifiedNumber(String username, String number) throws Exception {
    HttpResponse<String> granted =
        grant(
            "grant_type=password&client_id=kenes-cli&username="
                + username
                + "&password="
                + username);
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    JsonObject claims = claims(Json.parse(granted.body()).getString("access_token"));
    assertThat(claims.getString("phone_number")).isEqualTo(number);
    assertThat(claims.get("phone_number_verified")).isEqualTo(jakarta.json.JsonValue.TRUE);
  }

  @Test
  void noFullNumberOrCodeReachesKeycloaksLog() throws Exception {
    String number = newNumber();
    assertThat(askCode("{\"phone\":\"" + number + "\"}").statusCode()).isEqualTo(202);
    String code = codeSentTo(number, null);
    phoneGrant(number, code.equals("000000") ? "111111" : "000000");
    assertThat(phoneGrant(number, code).statusCode()).isEqualTo(200);

    Path log = Path.of(System.getProperty("kenes.it.dir"), "keycloak", "keycloak.log");
    String text = Files.readString(log);
    assertThat(text).contains(number.substring(0, 5) + "***" + number.substring(8));
    try (Stream<String> lines = Files.lines(log)) {
      assertThat(
              lines
                  .filter(
                      line ->
                          line.contains(number.substring(5))
                              || (line.contains("kenes") && line.contains(code)))
                  .toList())
          .isEmpty();
    }
  }
}
