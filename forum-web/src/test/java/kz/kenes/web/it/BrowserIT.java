package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident in a real browser: signs in on Keycloak's page and opens a thread with the form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.kenes();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void prerequisites() {
    Chromium.ensureInstalled();
    KeycloakTestServer.ensureStarted();
  }

  @BeforeEach
  void open() throws Exception {
    browser =
        Chromium.start(
            Files.createTempDirectory(Path.of(System.getProperty("kenes.it.dir")), "chromium"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** Keeps the last page and a screenshot in target/it for whoever reads a failure. */
  @AfterEach
  void close() throws Exception {
    if (browser != null) {
      Path dir = Path.of(System.getProperty("kenes.it.dir"));
      Files.writeString(
          dir.resolve("browser-last-page.html"),
          browser.getCurrentUrl() + "\n" + browser.getPageSource());
      Files.write(
          dir.resolve("browser-last-page.png"),
          ((org.openqa.selenium.TakesScreenshot) browser)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      browser.quit();
    }
  }

  @Test
  void aResidentSignsInThroughKeycloakAndOpensAThread() {
    String site = base.toString().replace("127.0.0.1", "localhost").replaceAll("/$", "");
    browser.get(site + "/bodies/akzhol-rural-district?lang=ru");
    browser.findElement(By.linkText("Новая тема")).click();

    wait.until(ExpectedConditions.urlContains(KeycloakTestServer.REALM_URL));
    browser.findElement(By.id("username")).sendKeys("resident2");
    browser.findElement(By.id("password")).sendKeys("resident2");
    browser.findElement(By.id("kc-login")).click();

    wait.until(ExpectedConditions.urlToBe(site + "/bodies/akzhol-rural-district/new"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Новая тема");
    assertThat(browser.findElement(By.className("me")).getText()).isEqualTo("Ерлан Жақсылықов");

    browser.findElement(By.id("title")).sendKeys("ab");
    browser.findElement(By.cssSelector("button[type=submit].button")).click();
    assertThat(
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title-error"))).getText())
        .isEqualTo("Слишком коротко.");
    assertThat(browser.findElement(By.id("body-error")).getText()).isEqualTo("Обязательное поле.");

    String title = "Ремонт моста через канал " + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("title")).clear();
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.cssSelector("input[name=type][value=COMPLAINT]")).click();
    new Select(browser.findElement(By.id("category"))).selectByValue("ROADS");
    browser
        .findElement(By.id("body"))
        .sendKeys("Мост **опасен** для детей.\n\n- нет перил\n- дыры в настиле");
    browser.findElement(By.cssSelector("button[type=submit].button")).click();

    wait.until(ExpectedConditions.urlMatches(".*/threads/\\d+$"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.cssSelector(".cooked strong")).getText()).isEqualTo("опасен");
    assertThat(browser.findElements(By.cssSelector(".cooked li"))).hasSize(2);
    assertThat(browser.getPageSource())
        .contains("Жалоба")
        .contains("Дороги")
        .contains("Ерлан Жақсылықов");

    browser.findElement(By.linkText("Аппарат акима Акжольского сельского округа")).click();
    assertThat(
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)))
                .isDisplayed())
        .isTrue();
  }
}
