package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The escalation journey in a real browser, without JavaScript: a resident flags a post, the
 * moderator escalates it from the queue, its author completes the appeal form, the official assigns
 * and answers, and the author sees every step in the cabinet and the answer on the thread.
 */
@KenesIT
class AppealBrowserIT {
  Kenes kenes;
  Browsers browsers;

  @Test
  void aFlaggedPostBecomesAnAppealThatIsAnsweredAndTheAuthorSeesEveryStep() throws Exception {
    String site = kenes.site();
    String title = "Ауыз су жоқ " + UUID.randomUUID().toString().substring(0, 8);
    String answer = "Су құбыры 10 желтоқсанға дейін жөнделеді.";

    String threadUrl =
        browsers.as(
            "resident2",
            false,
            "/bodies/karaoba-rural-district/new",
            browser -> {
              browser.findElement(By.id("title")).sendKeys(title);
              browser.findElement(By.id("body")).sendKeys("Бір апта бойы ауылда ауыз су жоқ.");
              browser.findElement(By.cssSelector("button[type=submit].button")).click();
              Browsers.waitFor(browser).until(ExpectedConditions.urlMatches(".*/threads/\\d+$"));
              return browser.getCurrentUrl().substring(site.length());
            });

    browsers.as(
        "resident",
        false,
        threadUrl,
        browser -> {
          browser.findElement(By.cssSelector("details.flag summary")).click();
          new Select(browser.findElement(By.cssSelector("select[name=reason]")))
              .selectByValue("OTHER");
          browser.findElement(By.cssSelector("input[name=note]")).sendKeys("Ресми өтініш керек");
          browser.findElement(By.cssSelector("form[id^=flag-form] button")).click();
          Browsers.waitFor(browser).until(ExpectedConditions.urlContains("done=flagged"));
          return null;
        });

    browsers.as(
        "moderator",
        false,
        "/moderation?body=karaoba-rural-district",
        browser -> {
          var item =
              browser.findElements(By.cssSelector("section.review-item")).stream()
                  .filter(s -> s.getText().contains(title))
                  .findFirst()
                  .orElseThrow();
          new Select(item.findElement(By.cssSelector("select[name=action]")))
              .selectByValue("ESCALATE");
          item.findElement(By.cssSelector("input[name=reason]"))
              .sendKeys("Ауыз су — әкімдіктің құзыреті");
          item.findElement(By.cssSelector("form.decision button")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
          assertThat(browser.getPageSource()).doesNotContain("item-h-" + title);
          return null;
        });

    String appealUrl =
        browsers.as(
            "resident2",
            false,
            threadUrl,
            browser -> {
              browser.findElement(By.cssSelector("a[id^=complete-appeal-]")).click();
              Browsers.waitFor(browser)
                  .until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-form")));
              browser.findElement(By.id("fullName")).sendKeys("Ерлан Жақсылықов");
              browser.findElement(By.id("iin")).sendKeys("850615400234");
              browser.findElement(By.id("address")).sendKeys("Қараоба ауылы, Бейбітшілік к-сі 12");
              browser.findElement(By.id("publishAnswer")).click();
              browser.findElement(By.cssSelector("#appeal-form button")).click();
              Browsers.waitFor(browser)
                  .until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-deadline")));
              assertThat(browser.findElement(By.tagName("h1")).getText())
                  .containsPattern("KARAOBA-RURAL-DISTRICT-20\\d\\d-\\d{6}");
              return browser.getCurrentUrl().substring(site.length());
            });

    browsers.as(
        "official",
        false,
        appealUrl,
        browser -> {
          browser.findElement(By.id("executor")).sendKeys("official");
          browser.findElement(By.cssSelector("#assign-form button")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-executor")));
          new Select(browser.findElement(By.id("result"))).selectByValue("SATISFIED");
          browser.findElement(By.id("text")).sendKeys(answer);
          browser.findElement(By.cssSelector("#answer-form button")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-answer")));
          return null;
        });

    browsers.as(
        "resident2",
        false,
        "/me/appeals?lang=en",
        browser -> {
          assertThat(browser.findElement(By.id("appeal-list")).getText())
              .contains(title)
              .contains("Answered");
          browser.findElement(By.cssSelector("#appeal-list a")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-steps")));
          assertThat(browser.findElement(By.id("appeal-steps")).getText())
              .contains("Draft")
              .contains("Registered")
              .contains("Sent to an executor")
              .contains("Answered");
          browser.get(site + threadUrl + "?lang=en");
          String status = browser.findElement(By.cssSelector(".appeal-status")).getText();
          assertThat(status).contains("Escalated to appeal No.").contains("Answered");
          assertThat(browser.findElement(By.cssSelector(".appeal-answer")).getText())
              .contains(answer);
          return null;
        });
  }
}
