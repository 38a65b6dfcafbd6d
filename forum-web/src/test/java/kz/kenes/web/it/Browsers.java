package kz.kenes.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Browser sessions of the browser tests: a fresh Chromium signed in on Keycloak's page. */
final class Browsers {
  private Browsers() {}

  /**
   * Signs {@code user} in on Keycloak's page in a fresh browser, opens {@code path}, runs {@code
   * steps}.
   */
  static <T> T as(String user, boolean javascript, String site, String path, Steps<T> steps)
      throws Exception {
    WebDriver browser =
        Chromium.start(
            Files.createTempDirectory(Path.of(System.getProperty("kenes.it.dir")), "chromium"),
            javascript);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(
          site
              + "/signin?next="
              + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
      wait.until(ExpectedConditions.urlContains(KeycloakTestServer.REALM_URL));
      browser.findElement(By.id("username")).sendKeys(user);
      browser.findElement(By.id("password")).sendKeys(user);
      browser.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.urlToBe(site + path));
      return steps.run(browser);
    } finally {
      Files.writeString(
          Path.of(System.getProperty("kenes.it.dir"), "browser-last-page.html"),
          browser.getCurrentUrl() + "\n" + browser.getPageSource());
      browser.quit();
    }
  }

  @FunctionalInterface
  interface Steps<T> {
    T run(WebDriver browser) throws Exception;
  }
}
