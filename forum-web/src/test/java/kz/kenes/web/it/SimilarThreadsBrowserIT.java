package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident composing a new topic sees the similar topics of the body: as the title is typed
 * (JavaScript) or with the "check for similar topics" button (without), and nothing is published.
 */
@KenesIT
class SimilarThreadsBrowserIT {
  Kenes kenes;
  Http http;
  Browsers browsers;

  @ParameterizedTest(name = "javascript={0}")
  @ValueSource(booleans = {true, false})
  void similarTopicsOfTheBodyShowWhileComposing(boolean javascript) throws Exception {
    String site = kenes.site();
    String marker = "saiabak" + UUID.randomUUID().toString().substring(0, 6);
    String earlier = "Саябақтағы орындықтар сынған " + marker;
    var created =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            ApiIT.threadJson("COMPLAINT", earlier, "Орындықтар сынық.", "OTHER"),
            kenes.tokenFor("resident3"));
    assertThat(created.statusCode()).isEqualTo(201);
    long earlierId = Json.parse(created.body()).getJsonNumber("id").longValue();

    String path = "/bodies/akzhol-rural-district/new";
    WebDriver browser = browsers.signedIn("resident4", path, javascript);
    WebDriverWait wait = Browsers.waitFor(browser);

    // Latin script, another inflection: still the same topic
    browser.findElement(By.id("title")).sendKeys("Saiabaqta oryndyq joq " + marker);
    if (!javascript) {
      browser.findElement(By.id("similar-check")).click();
      wait.until(ExpectedConditions.urlToBe(site + path + "/similar"));
      assertThat(browser.findElement(By.id("title")).getAttribute("value"))
          .isEqualTo("Saiabaqta oryndyq joq " + marker);
    }
    By link = By.cssSelector("#similar a[href='/threads/" + earlierId + "']");
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(link)).getText())
        .isEqualTo(earlier);
    assertThat(browser.findElements(By.cssSelector("#similar li"))).hasSizeLessThanOrEqualTo(5);
  }
}
