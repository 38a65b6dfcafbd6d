package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident in a real browser: signs in on Keycloak's page and opens a thread with the form. */
@KenesIT
class BrowserIT {
  Kenes kenes;
  Browsers browsers;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = browsers.open(true);
    wait = Browsers.waitFor(browser);
  }

  @Test
  void aResidentSignsInThroughKeycloakAndOpensAThread() {
    String site = kenes.site();
    browser.get(site + "/bodies/akzhol-rural-district?lang=ru");
    browser.findElement(By.linkText("Новая тема")).click();

    browsers.signInOnKeycloak(browser, "resident2");

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
