package kz.kenes.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium sessions of one test (Debian's Chromium, headless, a fresh profile each). Every session
 * it opens is quit when the test ends; the last page and a screenshot of the last one are kept in
 * target/it (browser-last-page.html/.png) for whoever reads a failure. Injected by {@link
 * KenesExtension}, a new one for every test.
 */
public final class Browsers implements AutoCloseable {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Kenes kenes;
  private final List<WebDriver> open = new ArrayList<>();

  Browsers(Kenes kenes) {
    this.kenes = kenes;
  }

  /** A fresh browser, JavaScript on or off. */
  public WebDriver open(boolean javascript) {
    Chromium.ensureInstalled();
    try {
      WebDriver browser =
          Chromium.start(
              Files.createTempDirectory(Path.of(System.getProperty("kenes.it.dir")), "chromium"),
              javascript);
      open.add(browser);
      return browser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fresh browser in which {@code user} signed in on Keycloak's page (password = username)
   * through /signin, now at {@code path} of the site.
   */
  public WebDriver signedIn(String user, String path, boolean javascript) {
    WebDriver browser = open(javascript);
    browser.get(kenes.url("/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)));
    signInOnKeycloak(browser, user);
    waitFor(browser).until(ExpectedConditions.urlToBe(kenes.url(path)));
    return browser;
  }

  /** Fills Keycloak's sign-in form, once the browser has been sent there. */
  public void signInOnKeycloak(WebDriver browser, String user) {
    waitFor(browser).until(ExpectedConditions.urlContains(kenes.realmUrl()));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user);
    browser.findElement(By.id("kc-login")).click();
  }

  /**
   * Signs {@code user} in a fresh browser, opens {@code path}, runs {@code steps} and quits that
   * browser: one person's visit in a test that has several people take turns.
   */
  public <T> T as(String user, boolean javascript, String path, Steps<T> steps) throws Exception {
    WebDriver browser = signedIn(user, path, javascript);
    try {
      return steps.run(browser);
    } finally {
      keepLastPage(browser);
      open.remove(browser);
      browser.quit();
    }
  }

  /**
   * A wait of thirty seconds on {@code browser}, the one every browser test uses. An element found
   * just before the page is replaced (a form's answer arriving, a page that refreshes itself) goes
   * stale, or, while the next document is arriving, Chromium answers "Node with given id does not
   * belong to the document"; either way the wait looks again.
   */
  public static WebDriverWait waitFor(WebDriver browser) {
    WebDriverWait wait =
        new WebDriverWait(browser, PATIENCE) {
          @Override
          public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            return super.until(
                d -> {
                  try {
                    return condition.apply(d);
                  } catch (WebDriverException e) {
                    if (beingReplaced(e)) {
                      return null;
                    }
                    throw e;
                  }
                });
          }
        };
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Whether the page that held {@code before} has been replaced by the next one, where Selenium's
   * own stalenessOf takes only the stale answer.
   */
  public static ExpectedCondition<Boolean> replaced(WebElement before) {
    return browser -> {
      try {
        before.isEnabled();
        return false;
      } catch (WebDriverException e) {
        if (beingReplaced(e)) {
          return true;
        }
        throw e;
      }
    };
  }

  private static boolean beingReplaced(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /** The site's address of {@code path}, as {@link Kenes#url}. */
  public String url(String path) {
    return kenes.url(path);
  }

  @Override
  public void close() {
    try {
      if (!open.isEmpty()) {
        keepLastPage(open.get(open.size() - 1));
      }
    } finally {
      open.forEach(WebDriver::quit);
      open.clear();
    }
  }

  private static void keepLastPage(WebDriver browser) {
    Path dir = Path.of(System.getProperty("kenes.it.dir"));
    try {
      Files.writeString(
          dir.resolve("browser-last-page.html"),
          browser.getCurrentUrl() + "\n" + browser.getPageSource());
      Files.write(
          dir.resolve("browser-last-page.png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      // a browser that crashed has no page to keep; the test's own failure says what happened
    }
  }

  /** What one person does in the browser. */
  @FunctionalInterface
  public interface Steps<T> {
    T run(WebDriver browser) throws Exception;
  }
}
