package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The journey the product exists for, in real browsers, with and without JavaScript: a resident
 * proposes, another supports, the official answers in the body's name, and the resident sees the
 * official answer with the official's name and position.
 */
@KenesIT
class OfficialAnswerBrowserIT {
  Kenes kenes;
  Browsers browsers;

  @ParameterizedTest(name = "javascript={0}")
  @ValueSource(booleans = {true, false})
  void aProposalGetsAnOfficialAnswerThatTheResidentSees(boolean javascript) throws Exception {
    String site = kenes.site();
    String title = "Жаңа аялдама салу " + UUID.randomUUID().toString().substring(0, 8);

    String threadUrl =
        browsers.as(
            "resident",
            javascript,
            "/bodies/aktogay-district-akimat/new",
            browser -> {
              browser.findElement(By.id("title")).sendKeys(title);
              browser.findElement(By.id("body")).sendKeys("Мектеп жанында аялдама керек.");
              browser.findElement(By.cssSelector("button[type=submit].button")).click();
              Browsers.waitFor(browser).until(ExpectedConditions.urlMatches(".*/threads/\\d+$"));
              assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
              return browser.getCurrentUrl().substring(site.length());
            });

    browsers.as(
        "resident2",
        javascript,
        threadUrl,
        browser -> {
          browser.findElement(By.cssSelector("form[action$='/supports'] button")).click();
          // the form posts and the browser loads the thread again: wait for the new page
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".support .tag")));
          assertThat(browser.findElement(By.cssSelector(".support")).getText()).contains("1");
          return null;
        });

    browsers.as(
        "official",
        javascript,
        threadUrl,
        browser -> {
          browser.findElement(By.id("answer")).sendKeys("Аялдама **көктемде** салынады.");
          browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("official-answer")));
          return null;
        });

    browsers.as(
        "resident",
        javascript,
        threadUrl + "?lang=ru",
        browser -> {
          String block = browser.findElement(By.id("official-answer")).getText();
          assertThat(block)
              .contains("Официальный ответ")
              .contains("Серік Әбдірахманов")
              .contains("Аудан әкімінің орынбасары")
              .contains("Акимат Актогайского района")
              .contains("көктемде");
          assertThat(
                  browser
                      .findElement(
                          By.cssSelector(
                              "#official-answer strong + *, #official-answer .cooked strong"))
                      .getText())
              .isNotBlank();
          assertThat(browser.findElement(By.cssSelector(".meta .status")).getText())
              .isEqualTo("Дан ответ");
          assertThat(browser.findElements(By.id("answer-form"))).isEmpty();
          return null;
        });
  }
}
