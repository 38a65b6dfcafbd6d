package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An operator of the Aktogay district akimat posts a question or proposal for a resident who is not
 * online, on a body beneath it: the thread names the operator "for a resident" and never the phone;
 * the audit log keeps the operator, the channel and the phone masked; nobody else may do it.
 */
@KenesIT
class PostingOnBehalfIT {
  static final String BODY = "akzhol-rural-district";
  static final String OPERATOR_NAME = "Данияр Қасымов";

  Kenes kenes;
  Http http;
  Browsers browsers;

  @Test
  void anOperatorPostsAQuestionForAResidentThatNamesTheOperatorAndNeverThePhone() {
    String title = "Ауылға автобус қашан келеді " + unique();
    HttpResponse<String> created =
        post(
            BODY,
            json("QUESTION", title, "{\"channel\":\"PHONE\",\"phone\":\"8 (701) 234-56-78\"}"),
            "operator");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject thread = Json.parse(created.body());
    assertThat(thread.getJsonObject("postedFor").getString("operator")).isEqualTo(OPERATOR_NAME);
    assertThat(thread.getJsonObject("postedFor").getString("channel")).isEqualTo("PHONE");
    assertThat(thread.getJsonObject("author").getString("name")).isEqualTo(OPERATOR_NAME);
    long id = thread.getJsonNumber("id").longValue();

    HttpResponse<String> api = http.get("api/v1/threads/" + id);
    assertThat(api.body())
        .contains("\"postedFor\"")
        .doesNotContain("2345678", "234-56-78", "+7701", "***5678");
    for (String[] language :
        new String[][] {
          {"kk", "Тұрғын үшін " + OPERATOR_NAME + " операторы жариялады"},
          {"ru", "Опубликовал оператор " + OPERATOR_NAME + " для жителя"},
          {"en", "Posted by operator " + OPERATOR_NAME + " for a resident"}
        }) {
      HttpResponse<String> page = http.get("threads/" + id + "?lang=" + language[0]);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains(language[1]).doesNotContain("5678");
    }

    HttpResponse<String> audit =
        http.get("api/v1/admin/audit?action=thread.on-behalf", kenes.tokenFor("admin"));
    assertThat(audit.statusCode()).isEqualTo(200);
    JsonObject entry =
        Json.structure(audit.body()).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(e -> e.getString("targetId").equals(String.valueOf(id)))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no audit entry for " + id + ": " + audit.body()));
    assertThat(entry.getString("actor")).isEqualTo("operator");
    assertThat(entry.getString("detail")).isEqualTo("channel=PHONE phone=+7701***5678");
  }

  @Test
  void onlyAnOperatorOfTheBodyMayPostForAResidentAndOnlyAQuestionOrProposal() {
    String onBehalf = "{\"channel\":\"ORAL\"}";
    for (String user : new String[] {"resident", "official", "moderator", "admin"}) {
      assertProblem(post(BODY, json("PROPOSAL", "Бөтен " + unique(), onBehalf), user), 403);
    }
    // the operator serves the Aktogay district and the bodies beneath it, not Pavlodar's
    String elsewhere = "Павлодар " + unique();
    assertProblem(
        post("pavlodar-region-maslikhat", json("PROPOSAL", elsewhere, onBehalf), "operator"), 403);

    String complaint = "Шағым " + unique();
    HttpResponse<String> wrongType = post(BODY, json("COMPLAINT", complaint, onBehalf), "operator");
    assertProblem(wrongType, 400);
    assertThat(wrongType.body()).contains("\"field\":\"type\"");

    String foreign = "Шетел нөмірі " + unique();
    HttpResponse<String> badPhone =
        post(
            BODY,
            json("QUESTION", foreign, "{\"channel\":\"PAPER\",\"phone\":\"+49 30 1234567\"}"),
            "operator");
    assertProblem(badPhone, 400);
    assertThat(badPhone.body()).contains("\"field\":\"phone\"").doesNotContain("1234567");

    String noChannel = "Арнасыз " + unique();
    HttpResponse<String> missing =
        post(BODY, json("QUESTION", noChannel, "{\"phone\":\"+77012345678\"}"), "operator");
    assertProblem(missing, 400);
    assertThat(missing.body()).contains("\"field\":\"channel\"");

    // nothing of the refused ones was written
    String listed =
        http.get("api/v1/bodies/" + BODY + "/threads?limit=100").body()
            + http.get("api/v1/bodies/pavlodar-region-maslikhat/threads?limit=100").body();
    assertThat(listed).doesNotContain(elsewhere, complaint, foreign, noChannel);
  }

  @Test
  void anOperatorUsesTheFormWithoutJavaScriptAndSeesTheFieldErrorNextToThePhone() throws Exception {
    String title = "Көпір жөндеуі туралы ұсыныс " + unique();
    String path = "/bodies/" + BODY + "/new?lang=en";
    String threadPath =
        browsers.as(
            "operator",
            false,
            path,
            browser -> {
              browser.findElement(By.cssSelector("input[name=type][value=PROPOSAL]")).click();
              browser.findElement(By.id("title")).sendKeys(title);
              browser.findElement(By.id("body")).sendKeys("Өзен үстіндегі көпір жөнделсін.");
              new Select(browser.findElement(By.id("channel"))).selectByValue("ORAL");
              browser.findElement(By.id("phone")).sendKeys("12345");
              browser.findElement(By.cssSelector("button[type=submit].button")).click();

              var wait = Browsers.waitFor(browser);
              assertThat(
                      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("phone-error")))
                          .getText())
                  .isEqualTo("Must be a Kazakh mobile number (+7 7XX XXX XX XX).");
              assertThat(browser.findElement(By.id("title")).getAttribute("value"))
                  .isEqualTo(title);
              assertThat(
                      new Select(browser.findElement(By.id("channel")))
                          .getFirstSelectedOption()
                          .getAttribute("value"))
                  .isEqualTo("ORAL");

              browser.findElement(By.id("phone")).clear();
              browser.findElement(By.id("phone")).sendKeys("+7 777 123 45 67");
              browser.findElement(By.cssSelector("button[type=submit].button")).click();
              wait.until(ExpectedConditions.urlMatches(".*/threads/\\d+$"));
              assertThat(browser.findElement(By.cssSelector(".post .posted-for")).getText())
                  .isEqualTo("Posted by operator " + OPERATOR_NAME + " for a resident");
              assertThat(browser.getPageSource()).doesNotContain("4567");
              return browser.getCurrentUrl().substring(kenes.site().length());
            });

    // a resident's form has no such fields
    browsers.as(
        "resident",
        false,
        path,
        browser -> {
          assertThat(browser.findElements(By.id("channel"))).isEmpty();
          return null;
        });
    assertThat(http.get(threadPath.substring(1)).body()).contains(title);
  }

  private HttpResponse<String> post(String body, String json, String user) {
    return http.postJson("api/v1/bodies/" + body + "/threads", json, kenes.tokenFor(user));
  }

  private static String json(String type, String title, String onBehalf) {
    return "{\"type\":"
        + quote(type)
        + ",\"title\":"
        + quote(title)
        + ",\"body\":\"Тұрғын телефонмен сұрады: ауылға қашан келеді?\",\"category\":\"OTHER\""
        + ",\"onBehalf\":"
        + onBehalf
        + "}";
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
