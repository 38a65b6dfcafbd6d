package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A public session in Chromium with JavaScript off (issue 14): the official opens it, a resident
 * checks for similar questions and asks, another supports, the official takes the question up
 * during the live session and answers it, marks the session held, and the resident sees the
 * outcome.
 */
@KenesIT
class SessionBrowserIT {
  Kenes kenes;
  Http http;
  Browsers browsers;

  @Test
  void aResidentAsksAndSupportsWithoutJavaScriptAndSeesTheAnswerGivenAtTheSession()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String question = "Мектепке баратын жол қашан жарықтандырылады? " + tag;
    String answer = "Шамдар 25 желтоқсанға дейін орнатылады.";
    OffsetDateTime starts =
        OffsetDateTime.now(SessionsIT.KZ).plusDays(2).withHour(11).truncatedTo(ChronoUnit.HOURS);
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + SessionsIT.BODY + "/sessions",
            SessionsIT.sessionJson("REPORTING_MEETING", starts, starts.plusHours(2)),
            kenes.tokenFor("official"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String page = "/sessions/" + Json.parse(created.body()).getJsonNumber("id").longValue();
    // the first sign-in of a fresh server loads Keycloak's metadata: do it before the browsers wait
    http.get("signin?next=%2F");

    browsers.as("official", false, page, browser -> move(browser, "OPEN_FOR_QUESTIONS"));

    browsers.as(
        "resident",
        false,
        page,
        browser -> {
          browser.findElement(By.id("q-text")).sendKeys("Жол жарық");
          browser.findElement(By.id("similar-check")).click();
          browsers
              .waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("similar-questions")));
          // the typed text comes back; nothing was asked
          assertThat(browser.findElement(By.id("q-text")).getAttribute("value"))
              .isEqualTo("Жол жарық");
          assertThat(browser.findElements(By.cssSelector("#questions li"))).isEmpty();
          browser.findElement(By.id("q-text")).clear();
          browser.findElement(By.id("q-text")).sendKeys("қысқа");
          browser.findElement(By.id("ask-submit")).click();
          browsers
              .waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("q-text-error")));
          browser.findElement(By.id("q-text")).clear();
          browser.findElement(By.id("q-text")).sendKeys(question);
          new Select(browser.findElement(By.id("q-category"))).selectByValue("LIGHTING");
          browser.findElement(By.id("ask-submit")).click();
          browsers
              .waitFor(browser)
              .until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), tag));
          // one's own question has no support button
          assertThat(item(browser, tag).findElements(By.cssSelector("button.support"))).isEmpty();
          return null;
        });

    browsers.as(
        "resident2",
        false,
        page,
        browser -> {
          item(browser, tag).findElement(By.cssSelector("button.support")).click();
          Browsers.waitFor(browser).until(d -> item(d, tag).getText().contains(": 1"));
          return null;
        });

    browsers.as(
        "official",
        false,
        page,
        browser -> {
          move(browser, "LIVE");
          assertThat(
                  browser
                      .findElement(By.cssSelector("meta[http-equiv=refresh]"))
                      .getAttribute("content"))
              .isEqualTo("20");
          item(browser, tag).findElement(By.cssSelector("button.now")).click();
          browsers
              .waitFor(browser)
              .until(
                  ExpectedConditions.textToBePresentInElementLocated(By.id("now-answering"), tag));
          WebElement li = item(browser, tag);
          new Select(li.findElement(By.cssSelector("select[name=mode]")))
              .selectByValue("AT_SESSION");
          li.findElement(By.cssSelector("textarea[name=text]")).sendKeys(answer);
          li.findElement(By.cssSelector("form.answer-form button")).click();
          Browsers.waitFor(browser).until(d -> item(d, tag).getText().contains(answer));
          new Select(browser.findElement(By.id("t-to"))).selectByValue("HELD");
          browser.findElement(By.id("t-minutes")).sendKeys("Есеп тыңдалды.");
          browser.findElement(By.id("t-attendance")).sendKeys("85");
          browser.findElement(By.id("transition-submit")).click();
          browsers
              .waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("session-outcome")));
          return null;
        });

    browsers.as(
        "resident",
        false,
        page + "?lang=en",
        browser -> {
          assertThat(browser.findElement(By.id("session-status")).getText()).isEqualTo("Held");
          assertThat(item(browser, tag).getText())
              .contains("Answered at the session", answer, "Supports: 1");
          assertThat(browser.findElement(By.id("count-at-session")).getText()).isEqualTo("1");
          assertThat(browser.findElement(By.id("session-attendance")).getText()).isEqualTo("85");
          assertThat(browser.findElements(By.cssSelector("meta[http-equiv=refresh]"))).isEmpty();
          return null;
        });
  }

  @Test
  void aResidentFlagsAQuestionWithoutJavaScriptAModeratorHidesItAndOnlyItsAskerSeesWhy()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String text = "Сатамын арзан көмір, хабарласыңыз! " + tag;
    String reason = "Жарнама " + tag;
    OffsetDateTime starts =
        OffsetDateTime.now(SessionsIT.KZ).plusDays(2).withHour(15).truncatedTo(ChronoUnit.HOURS);
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + SessionsIT.BODY + "/sessions",
            SessionsIT.sessionJson("PUBLIC_HEARING", starts, starts.plusHours(2)),
            kenes.tokenFor("official"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();
    String page = "/sessions/" + id;
    HttpResponse<String> opened =
        http.postJson(
            "api/v1/sessions/" + id + "/transitions",
            "{\"to\":\"OPEN_FOR_QUESTIONS\"}",
            kenes.tokenFor("official"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    HttpResponse<String> asked =
        http.postJson(
            "api/v1/sessions/" + id + "/questions",
            "{\"text\":" + ApiIT.quote(text) + ",\"category\":\"OTHER\"}",
            kenes.tokenFor("resident4"));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    http.get("signin?next=%2F");

    browsers.as(
        "resident2",
        false,
        page,
        browser -> {
          WebElement li = item(browser, tag);
          li.findElement(By.cssSelector("details.flag summary")).click();
          new Select(li.findElement(By.cssSelector("select[name=reason]"))).selectByValue("OTHER");
          li.findElement(By.cssSelector("button.flag-submit")).click();
          // OTHER needs a note: the form comes back open with the error
          browsers
              .waitFor(browser)
              .until(d -> !item(d, tag).findElements(By.cssSelector(".field-error")).isEmpty());
          li = item(browser, tag);
          new Select(li.findElement(By.cssSelector("select[name=reason]"))).selectByValue("SPAM");
          li.findElement(By.cssSelector("button.flag-submit")).click();
          browsers
              .waitFor(browser)
              .until(d -> item(d, tag).findElements(By.cssSelector(".field-error")).isEmpty());
          return null;
        });

    browsers.as(
        "moderator",
        false,
        "/moderation?body=" + SessionsIT.BODY,
        browser -> {
          WebElement section =
              browser.findElements(By.cssSelector("section.review-item")).stream()
                  .filter(s -> s.getText().contains(tag))
                  .findFirst()
                  .orElseThrow();
          assertThat(section.findElement(By.cssSelector("h2 a")).getAttribute("href"))
              .endsWith(page + "#q-" + Json.parse(asked.body()).getJsonNumber("id").longValue());
          // a question takes only keep, hide or ignore
          assertThat(
                  new Select(section.findElement(By.cssSelector("select[name=action]")))
                      .getOptions())
              .hasSize(3);
          new Select(section.findElement(By.cssSelector("select[name=action]")))
              .selectByValue("HIDE");
          section.findElement(By.cssSelector("input[name=reason]")).sendKeys(reason);
          section.findElement(By.cssSelector("form.decision button")).click();
          Browsers.waitFor(browser).until(Browsers.replaced(section));
          return null;
        });

    browsers.as(
        "resident4",
        false,
        page,
        browser -> {
          assertThat(browser.findElement(By.id("questions")).getText()).doesNotContain(tag);
          assertThat(browser.findElement(By.id("mine-hidden")).getText()).contains(text, reason);
          return null;
        });
    browsers.as(
        "resident2",
        false,
        page,
        browser -> {
          assertThat(browser.getPageSource()).doesNotContain(tag);
          return null;
        });
    assertThat(http.get(page.substring(1)).body()).doesNotContain(tag);
  }

  /** The official's "Run the session" form: moves the session and waits for the page again. */
  private Object move(WebDriver browser, String to) {
    WebElement before = browser.findElement(By.id("session-status"));
    new Select(browser.findElement(By.id("t-to"))).selectByValue(to);
    browser.findElement(By.id("transition-submit")).click();
    Browsers.waitFor(browser).until(Browsers.replaced(before));
    browsers
        .waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("session-history")));
    assertThat(browser.findElement(By.id("session-history")).getText()).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();
    return null;
  }

  private static WebElement item(WebDriver browser, String tag) {
    return browser.findElements(By.cssSelector("#questions li.question")).stream()
        .filter(li -> li.getText().contains(tag))
        .findFirst()
        // Selenium's own exception: a wait looks again while the reloaded page is still arriving
        .orElseThrow(() -> new NoSuchElementException("no question with " + tag));
  }
}
