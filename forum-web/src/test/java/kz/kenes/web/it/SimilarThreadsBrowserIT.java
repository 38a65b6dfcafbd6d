package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
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
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimilarThreadsBrowserIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.kenes();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void prerequisites() {
    Chromium.ensureInstalled();
    KeycloakTestServer.ensureStarted();
  }

  @ParameterizedTest(name = "javascript={0}")
  @ValueSource(booleans = {true, false})
  void similarTopicsOfTheBodyShowWhileComposing(boolean javascript) throws Exception {
    String site = base.toString().replace("127.0.0.1", "localhost").replaceAll("/$", "");
    String marker = "saiabak" + UUID.randomUUID().toString().substring(0, 6);
    String earlier = "Саябақтағы орындықтар сынған " + marker;
    var created =
        new Http(base)
            .postJson(
                "api/v1/bodies/akzhol-rural-district/threads",
                ApiIT.threadJson("COMPLAINT", earlier, "Орындықтар сынық.", "OTHER"),
                KeycloakTestServer.token("resident3"));
    assertThat(created.statusCode()).isEqualTo(201);
    long earlierId = Json.parse(created.body()).getJsonNumber("id").longValue();

    WebDriver browser =
        Chromium.start(
            Files.createTempDirectory(Path.of(System.getProperty("kenes.it.dir")), "chromium"),
            javascript);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      String path = "/bodies/akzhol-rural-district/new";
      browser.get(site + "/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
      wait.until(ExpectedConditions.urlContains(KeycloakTestServer.REALM_URL));
      browser.findElement(By.id("username")).sendKeys("resident4");
      browser.findElement(By.id("password")).sendKeys("resident4");
      browser.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.urlToBe(site + path));

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
    } finally {
      Files.writeString(
          Path.of(System.getProperty("kenes.it.dir"), "browser-last-page.html"),
          browser.getCurrentUrl() + "\n" + browser.getPageSource());
      browser.quit();
    }
  }
}
