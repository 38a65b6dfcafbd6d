package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An admin creates a body from the page (no JavaScript); a resident may not open the page. */
@KenesIT
class AdminBodiesBrowserIT {
  Kenes kenes;
  Browsers browsers;

  @Test
  void anAdminCreatesARuralDistrictFromThePage() throws Exception {
    String site = kenes.site();
    String slug = "zhana-" + UUID.randomUUID().toString().substring(0, 6) + "-rural-district";
    browsers.as(
        "resident",
        false,
        "/admin/bodies",
        browser -> {
          assertThat(browser.findElements(By.id("body-form"))).isEmpty();
          assertThat(browser.getPageSource()).contains("403");
          return null;
        });
    browsers.as(
        "admin",
        false,
        "/admin/bodies?lang=en",
        browser -> {
          browser.findElement(By.cssSelector("#body-form button")).click();
          Browsers.waitFor(browser)
              .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
          browser.findElement(By.id("slug")).sendKeys(slug);
          browser.findElement(By.id("nameKk")).sendKeys("Жаңа ауылдық округ");
          browser.findElement(By.id("nameRu")).sendKeys("Новый сельский округ");
          browser.findElement(By.id("nameEn")).sendKeys("New Rural District");
          new Select(browser.findElement(By.id("level"))).selectByValue("RURAL_DISTRICT");
          new Select(browser.findElement(By.id("parent"))).selectByValue("aktogay-district-akimat");
          browser.findElement(By.cssSelector("#body-form button")).click();
          Browsers.waitFor(browser).until(ExpectedConditions.urlMatches(".*/bodies/" + slug + "$"));
          assertThat(browser.findElement(By.tagName("h1")).getText())
              .isEqualTo("New Rural District");
          return null;
        });
  }
}
