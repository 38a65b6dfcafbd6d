package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator's page in Chromium without JavaScript: the intake form shows field errors next to
 * the fields and registers nothing until it is right, then the appeal is in today's list and its
 * receipt prints without the site's chrome; the receipt is the taker's, the body's staff's and the
 * applicant's only.
 */
@KenesIT
class OperatorPagesIT {
  Kenes kenes;
  Http http;
  Browsers browsers;

  @Test
  void anOperatorRegistersAnAppealWithTheFormAndPrintsTheReceipt() throws Exception {
    String phone = "+7701" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    String subject = "Көше жарығы жоқ " + ThreadLocalRandom.current().nextInt(1_000_000);
    String receiptPath =
        browsers.as(
            "operator",
            false,
            "/operator?lang=en",
            browser -> {
              int before = browser.findElements(By.cssSelector("#today li")).size();
              new Select(browser.findElement(By.id("body"))).selectByValue("akzhol-rural-district");
              browser.findElement(By.cssSelector("input[name=channel][value=PHONE]")).click();
              browser.findElement(By.id("phone")).sendKeys("+49 30 1234567");
              browser.findElement(By.id("fullName")).sendKeys("Бақыт Ахметов");
              browser.findElement(By.id("iin")).sendKeys("900101300127");
              browser.findElement(By.id("address")).sendKeys("Ақжол ауылы, Бірлік көшесі 3");
              browser.findElement(By.id("subject")).sendKeys(subject);
              new Select(browser.findElement(By.id("category"))).selectByValue("OTHER");
              browser.findElement(By.id("text")).sendKeys("Бір айдан бері көшеде жарық жоқ.");
              browser.findElement(By.cssSelector("#intake-form button")).click();

              var wait = Browsers.waitFor(browser);
              wait.until(ExpectedConditions.presenceOfElementLocated(By.id("phone-error")));
              assertThat(browser.findElement(By.id("phone")).getAttribute("aria-invalid"))
                  .isEqualTo("true");
              assertThat(browser.findElements(By.id("iin-error"))).hasSize(1);
              assertThat(browser.findElements(By.id("subject-error"))).isEmpty();
              assertThat(browser.findElement(By.id("subject")).getAttribute("value"))
                  .isEqualTo(subject);
              assertThat(
                      browser
                          .findElement(By.cssSelector("input[name=channel][value=PHONE]"))
                          .isSelected())
                  .isTrue();
              assertThat(browser.findElements(By.cssSelector("#today li"))).hasSize(before);

              browser.findElement(By.id("phone")).clear();
              browser.findElement(By.id("phone")).sendKeys(phone);
              browser.findElement(By.id("iin")).clear();
              browser.findElement(By.id("iin")).sendKeys("900101300126");
              browser.findElement(By.cssSelector("#intake-form button")).click();
              wait.until(ExpectedConditions.urlMatches(".*/appeals/\\d+/receipt$"));

              String number = browser.findElement(By.id("receipt-number")).getText();
              assertThat(number).isNotBlank();
              assertThat(browser.findElement(By.tagName("h1")).getText())
                  .isEqualTo("Appeal No. " + number + " received");
              assertThat(browser.findElement(By.id("receipt-deadline")).getText()).isNotBlank();
              assertThat(browser.findElement(By.id("receipt-body")).getText())
                  .isEqualTo("Office of the Akim of Akzhol Rural District");
              assertThat(browser.findElement(By.id("receipt-sms")).getText()).contains("SMS");
              assertThat(browser.getPageSource()).doesNotContain("900101300126", phone);
              printed(browser);

              browser.get(kenes.url("/operator?lang=en"));
              assertThat(browser.findElements(By.cssSelector("#today li")))
                  .hasSize(before + 1)
                  .anySatisfy(li -> assertThat(li.getText()).contains(number));
              return receiptOf(browser, number);
            });

    // the receipt is the taker's and the body's staff's, nobody else's
    for (String[] expected :
        new String[][] {{"official", "200"}, {"resident2", "403"}, {"official2", "403"}}) {
      String status =
          browsers.as(
              expected[0],
              false,
              "/",
              browser -> {
                browser.get(kenes.url(receiptPath));
                return browser.findElements(By.id("receipt-number")).isEmpty() ? "403" : "200";
              });
      assertThat(status).as(expected[0]).isEqualTo(expected[1]);
    }
    assertThat(http.get(receiptPath.substring(1)).statusCode()).isEqualTo(303);
  }

  @Test
  void aResidentIsRefusedTheOperatorPage() throws Exception {
    browsers.as(
        "resident",
        false,
        "/operator",
        browser -> {
          assertThat(browser.findElements(By.id("intake-form"))).isEmpty();
          assertThat(browser.getPageSource()).contains("403");
          return null;
        });
  }

  /** In print media the site's header, navigation and forms are hidden; the receipt stays. */
  private static void printed(WebDriver browser) {
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
      for (WebElement nav : browser.findElements(By.tagName("nav"))) {
        assertThat(nav.isDisplayed()).isFalse();
      }
      assertThat(browser.findElement(By.id("receipt")).isDisplayed()).isTrue();
      assertThat(browser.findElement(By.id("receipt-number")).isDisplayed()).isTrue();
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  private static String receiptOf(WebDriver browser, String number) {
    return browser.findElements(By.cssSelector("#today li a")).stream()
        .filter(a -> a.getText().equals(number))
        .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
        .findFirst()
        .orElseThrow();
  }
}
