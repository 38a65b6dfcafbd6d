package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An official publishes a confirmed-information card from the body page and attaches it to a rumour
 * thread from the thread page, without JavaScript; a resident reads it on the thread.
 */
@KenesIT
class ClaimPagesBrowserIT {
  Kenes kenes;
  Browsers browsers;

  @Test
  void anOfficialPublishesACardAndAttachesItToARumourThread() throws Exception {
    String site = kenes.site();
    String rumour = "Мектеп жабылады " + UUID.randomUUID().toString().substring(0, 8);

    String threadUrl =
        browsers.as(
            "resident3",
            false,
            "/bodies/zhalauly-rural-district/new",
            browser -> {
              browser.findElement(By.id("title")).sendKeys(rumour);
              browser.findElement(By.id("body")).sendKeys("Естідім, ауыл мектебі жабылады екен.");
              browser.findElement(By.cssSelector("button[type=submit].button")).click();
              Browsers.waitFor(browser).until(ExpectedConditions.urlMatches(".*/threads/\\d+$"));
              return browser.getCurrentUrl().substring(site.length());
            });

    browsers.as(
        "official",
        false,
        "/bodies/zhalauly-rural-district",
        browser -> {
          browser.findElement(By.id("publish-claim")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("claim-form")));
          browser.findElement(By.cssSelector("#claim-form button")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
          browser.findElement(By.id("claim")).sendKeys(rumour);
          new Select(browser.findElement(By.id("verdict"))).selectByValue("FALSE");
          browser
              .findElement(By.id("explanation"))
              .sendKeys("Мектеп жабылмайды: 2027 жылға бюджет бекітілді.");
          browser.findElement(By.id("evidence")).sendKeys("https://example.kz/budget-2027");
          browser.findElement(By.cssSelector("#claim-form button")).click();
          Browsers.waitFor(browser)
              .until(
                  ExpectedConditions.urlMatches(".*/bodies/zhalauly-rural-district#claim-\\d+$"));
          browser.get(site + threadUrl);
          new Select(browser.findElement(By.id("attach-card")))
              .selectByVisibleText(
                  browser
                      .findElement(By.id("attach-card"))
                      .findElements(By.tagName("option"))
                      .stream()
                      .map(o -> o.getText())
                      .filter(t -> t.contains(rumour))
                      .findFirst()
                      .orElseThrow());
          browser.findElement(By.cssSelector("#attach-claim-form button")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claims .claim")));
          return null;
        });

    browsers.as(
        "resident",
        false,
        threadUrl + "?lang=en",
        browser -> {
          assertThat(browser.findElement(By.id("claims")).getText())
              .contains("Confirmed information")
              .contains(rumour)
              .contains("2027");
          assertThat(browser.getPageSource()).contains("ClaimReview");
          return null;
        });
  }

  @Test
  void anOfficialAnnouncesFromTheFormAndAResidentIsNotOffered() throws Exception {
    String site = kenes.site();
    String title = "Су беру кестесі " + UUID.randomUUID().toString().substring(0, 8);
    browsers.as(
        "resident",
        false,
        "/bodies/zhalauly-rural-district/new",
        browser -> {
          assertThat(browser.findElements(By.cssSelector("input[name=type][value=ANNOUNCEMENT]")))
              .isEmpty();
          return null;
        });
    browsers.as(
        "official",
        false,
        "/bodies/zhalauly-rural-district/new",
        browser -> {
          browser.findElement(By.cssSelector("input[name=type][value=ANNOUNCEMENT]")).click();
          browser.findElement(By.id("title")).sendKeys(title);
          browser
              .findElement(By.id("body"))
              .sendKeys("Сәрсенбі күні 10:00-ден 14:00-ге дейін су болмайды.");
          browser.findElement(By.cssSelector("button[type=submit].button")).click();
          Browsers.waitFor(browser).until(ExpectedConditions.urlMatches(".*/threads/\\d+$"));
          assertThat(browser.findElement(By.cssSelector(".type-announcement")).getText())
              .isNotBlank();
          return null;
        });
  }
}
