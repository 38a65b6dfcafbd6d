package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * With JavaScript off: an official starts the residents' survey from its template, a resident
 * answers it (a missing answer is named and the chosen ones kept), the official closes it, and the
 * resident sees the results as a chart and a table.
 */
@KenesIT
class SurveyBrowserIT {
  static final String BODY = "karaoba-rural-district";

  Kenes kenes;
  Browsers browsers;

  @Test
  void aResidentAnswersWithoutJavaScriptAndSeesTheResultsOnceTheSurveyCloses() throws Exception {
    String closes = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(7).toString();
    String survey =
        browsers.as(
            "official",
            false,
            "/bodies/" + BODY + "/surveys?lang=en",
            browser -> {
              browser.findElement(By.id("new-survey")).click();
              browsers
                  .waitFor(browser)
                  .until(ExpectedConditions.presenceOfElementLocated(By.id("residents-form")));
              browser.findElement(By.id("r-closes")).sendKeys(closes);
              browser.findElement(By.cssSelector("#residents-form button")).click();
              Browsers.waitFor(browser).until(ExpectedConditions.urlMatches(".*/surveys/\\d+$"));
              return browser.getCurrentUrl().replaceAll(".*(/surveys/\\d+)$", "$1");
            });

    browsers.as(
        "resident2",
        false,
        survey + "?lang=en",
        browser -> {
          browser.findElement(By.cssSelector("input[name='q.knows-deputy'][value='name']")).click();
          browser
              .findElement(By.cssSelector("input[name='q.first-problems'][value='roads']"))
              .click();
          browser
              .findElement(By.cssSelector("input[name='q.first-problems'][value='water']"))
              .click();
          browser
              .findElement(By.cssSelector("input[name='q.news-source'][value='social']"))
              .click();
          // "how you appeal" and the openness mark left out
          browser.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
          browsers
              .waitFor(browser)
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("#question-appeals-how .field-error")));
          assertThat(
                  browser.findElement(By.cssSelector("#question-openness .field-error")).getText())
              .isNotBlank();
          assertThat(
                  browser
                      .findElement(By.cssSelector("input[name='q.first-problems'][value='water']"))
                      .isSelected())
              .isTrue();
          browser.findElement(By.cssSelector("input[name='q.appeals-how'][value='visit']")).click();
          browser.findElement(By.cssSelector("input[name='q.openness'][value='2']")).click();
          browser.findElement(By.id("q-proposal")).sendKeys("Әкім ауылға жиі келсін");
          browser.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
          browsers
              .waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("answered")));
          assertThat(browser.findElements(By.id("survey-form"))).isEmpty();
          assertThat(browser.findElement(By.id("results-hidden")).getText())
              .contains("only once the survey has closed");
          return null;
        });

    browsers.as(
        "official",
        false,
        survey + "?lang=en",
        browser -> {
          assertThat(browser.findElements(By.id("results"))).isEmpty();
          browser.findElement(By.id("close-survey")).click();
          browsers
              .waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
          return null;
        });

    browsers.as(
        "resident2",
        false,
        survey + "?lang=ru",
        browser -> {
          assertThat(browser.findElement(By.id("survey-status")).getText()).isEqualTo("Закрыт");
          assertThat(browser.findElement(By.id("responses")).getText())
              .isEqualTo("Ответили: 1 (онлайн 1, на бумаге 0)");
          assertThat(browser.findElements(By.cssSelector("#result-first-problems svg rect")))
              .hasSize(6);
          assertThat(
                  browser
                      .findElement(
                          By.cssSelector("#result-first-problems tr[data-key='water'] .count"))
                      .getText())
              .isEqualTo("1");
          assertThat(
                  browser
                      .findElement(
                          By.cssSelector("#result-first-problems tr[data-key='jobs'] .count"))
                      .getText())
              .isEqualTo("0");
          assertThat(browser.findElement(By.cssSelector("#result-openness .average")).getText())
              .contains("2,00");
          // the proposal waits for a moderator
          assertThat(browser.getPageSource()).doesNotContain("Әкім ауылға жиі келсін");
          return null;
        });
  }

  @Test
  void anOfficialPublishesOwnQuestionsAndKeepsTheLeadersListWithoutJavaScript() throws Exception {
    String closes = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(7).toString();
    String survey =
        browsers.as(
            "official",
            false,
            "/bodies/" + BODY + "/surveys/new?lang=en",
            browser -> {
              browser.findElement(By.id("c-title-kk")).sendKeys("Су сауалнамасы");
              browser.findElement(By.id("c-closes")).sendKeys(closes);
              new Select(browser.findElement(By.id("q1-type"))).selectByValue("SINGLE_CHOICE");
              browser.findElement(By.id("q1-kk")).sendKeys("Су қай ауылда бірінші керек?");
              browser.findElement(By.id("q1-en")).sendKeys("Which village needs water first?");
              browser
                  .findElement(By.id("q1-options"))
                  .sendKeys("Қараоба | Караоба | Karaoba\nЖаңаауыл");
              new Select(browser.findElement(By.id("q2-type"))).selectByValue("RATING");
              browser.findElement(By.id("q2-kk")).sendKeys("Судың сапасы");
              // a choice question without options: named at its own slot, the rest kept
              new Select(browser.findElement(By.id("q4-type"))).selectByValue("MULTIPLE_CHOICE");
              browser.findElement(By.id("q4-kk")).sendKeys("Тағы не керек?");
              browser.findElement(By.id("custom-submit")).click();
              Browsers.waitFor(browser)
                  .until(
                      ExpectedConditions.presenceOfElementLocated(
                          By.cssSelector("#slot-4 .field-error")));
              assertThat(browser.findElements(By.cssSelector("#slot-1 .field-error"))).isEmpty();
              assertThat(browser.findElement(By.id("q1-options")).getAttribute("value"))
                  .contains("Karaoba");
              new Select(browser.findElement(By.id("q4-type"))).selectByValue("");
              browser.findElement(By.id("custom-submit")).click();
              Browsers.waitFor(browser).until(ExpectedConditions.urlMatches(".*/surveys/\\d+$"));
              return browser.getCurrentUrl().replaceAll(".*(/surveys/\\d+)$", "$1");
            });

    browsers.as(
        "resident3",
        false,
        survey + "?lang=en",
        browser -> {
          // the English texts given, the Kazakh ones where none was given
          assertThat(browser.getPageSource())
              .contains("Which village needs water first?", "Судың сапасы", "Karaoba", "Жаңаауыл")
              .doesNotContain("Қараоба | Караоба");
          browser.findElement(By.cssSelector("input[name='q.q1'][value='o1']")).click();
          browser.findElement(By.cssSelector("input[name='q.q2'][value='4']")).click();
          browser.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("answered")));
          return null;
        });

    browsers.as(
        "official",
        false,
        "/bodies/" + BODY + "/leaders?lang=en",
        browser -> {
          browser.findElement(By.id("new-name")).sendKeys("Ә");
          browser.findElement(By.id("new-position-kk")).sendKeys("Ауыл әкімі");
          browser.findElement(By.id("add-submit")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
          WebElement name = browser.findElement(By.id("new-name"));
          name.clear();
          name.sendKeys("Әсел Нұрланова");
          browser.findElement(By.id("new-position-ru")).sendKeys("Аким сельского округа");
          browser.findElement(By.id("add-submit")).click();
          Browsers.waitFor(browser).until(ExpectedConditions.urlContains("#leader-"));
          String id = browser.getCurrentUrl().replaceAll(".*#leader-(\\d+)$", "$1");
          WebElement leader = browser.findElement(By.id("leader-" + id));
          assertThat(leader.getText()).contains("Әсел Нұрланова", "Ауыл әкімі");
          // she leaves office: no longer rated, kept in the list as a former leader
          leader.findElement(By.tagName("summary")).click();
          leader.findElement(By.cssSelector("input[name='active']")).click();
          leader.findElement(By.cssSelector("button[type=submit]")).click();
          Browsers.waitFor(browser)
              .until(
                  ExpectedConditions.textToBePresentInElementLocated(
                      By.id("leader-" + id), "former"));
          return null;
        });
    // the list is public; the forms are the editors' only
    browsers.as(
        "resident3",
        false,
        "/bodies/" + BODY + "/leaders?lang=en",
        browser -> {
          assertThat(browser.getPageSource()).contains("Әсел Нұрланова");
          assertThat(browser.findElements(By.id("add-form"))).isEmpty();
          return null;
        });
  }
}
