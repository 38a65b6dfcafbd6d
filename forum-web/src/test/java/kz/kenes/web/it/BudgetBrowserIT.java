package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The participatory budget in Chromium with JavaScript off: a resident proposes a project (a field
 * error first, the typed text kept), votes with the form and lands on the confirmation that names
 * exactly what was chosen; from RESULTS on, a visitor sees the SVG chart and the same figures in a
 * table; the page speaks kk, ru and en.
 */
@KenesIT
class BudgetBrowserIT {
  Kenes kenes;
  Http http;
  Browsers browsers;

  private long id(java.net.http.HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Json.parse(response.body()).getJsonNumber("id").longValue();
  }

  private void move(long budget, String to) {
    var r =
        http.postJson(
            "api/v1/budgets/" + budget + "/transitions",
            "{\"to\":\"" + to + "\"}",
            kenes.tokenFor("official"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void aResidentProposesVotesAndSeesTheConfirmationWithoutJavaScript() throws Exception {
    String slug = "budget-" + UUID.randomUUID().toString().substring(0, 8) + "-rural-district";
    var created =
        http.postJson(
            "api/v1/bodies",
            "{\"slug\":\""
                + slug
                + "\",\"name\":{\"kk\":\"Сынақ\",\"ru\":\"Проба\",\"en\":\"Trial\"},"
                + "\"kind\":\"EXECUTIVE\",\"level\":\"RURAL_DISTRICT\","
                + "\"parent\":\"aktogay-district-akimat\"}",
            kenes.tokenFor("admin"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long budget =
        id(
            http.postJson(
                "api/v1/bodies/" + slug + "/budgets",
                "{\"year\":2030,\"amount\":5000000,\"rule\":\"KNAPSACK\",\"villages\":[\"Ақтоғай\","
                    + "\"Жалаулы\"],\"populations\":{\"Ақтоғай\":500,\"Жалаулы\":100}}",
                kenes.tokenFor("official")),
            201);
    move(budget, "PROPOSALS");
    String title = "Street lights " + UUID.randomUUID().toString().substring(0, 6);

    browsers.as(
        "resident",
        false,
        "/budgets/" + budget + "?lang=en",
        browser -> {
          assertThat(browser.findElement(By.id("phase")).getText()).isEqualTo("Proposals open");
          // a short description: the form comes back with the error and the typed title
          browser.findElement(By.id("p-title")).sendKeys(title);
          browser.findElement(By.id("p-description")).sendKeys("Too short");
          browser.findElement(By.id("p-cost")).sendKeys("3000000");
          browser.findElement(By.cssSelector("#propose-form button")).click();
          browsers
              .waitFor(browser)
              .until(d -> !d.findElements(By.id("description-error")).isEmpty());
          assertThat(browser.findElements(By.id("description-error"))).hasSize(1);
          assertThat(browser.findElement(By.id("p-title")).getAttribute("value")).isEqualTo(title);
          browser.findElement(By.id("p-description")).clear();
          browser
              .findElement(By.id("p-description"))
              .sendKeys("Twenty lamps along the main street, from the school to the shop.");
          new Select(browser.findElement(By.id("p-village"))).selectByValue("Жалаулы");
          browser.findElement(By.cssSelector("#propose-form button")).click();
          Browsers.waitFor(browser).until(d -> d.getCurrentUrl().contains("#project-"));
          assertThat(browser.getCurrentUrl()).contains("/budgets/" + budget);
          assertThat(browser.findElement(By.cssSelector(".projects")).getText()).contains(title);
          return null;
        });

    var project =
        Json.parse(http.get("api/v1/budgets/" + budget).body())
            .getJsonArray("projects")
            .getJsonObject(0);
    long pid = project.getJsonNumber("id").longValue();
    move(budget, "REVIEW");
    var reviewed =
        http.postJson(
            "api/v1/budgets/" + budget + "/projects/" + pid + "/review",
            "{\"decision\":\"FEASIBLE\",\"cost\":3500000}",
            kenes.tokenFor("official"));
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    move(budget, "VOTING");

    browsers.as(
        "resident2",
        false,
        "/budgets/" + budget + "?lang=en",
        browser -> {
          browser
              .findElement(By.cssSelector("input[name=projectIds][value='" + pid + "']"))
              .click();
          new Select(browser.findElement(By.id("ballot-village"))).selectByValue("Ақтоғай");
          browser.findElement(By.cssSelector("#ballot-form button")).click();
          Browsers.waitFor(browser).until(d -> d.getCurrentUrl().endsWith("/ballot"));
          assertThat(browser.getCurrentUrl()).endsWith("/budgets/" + budget + "/ballot");
          assertThat(browser.findElement(By.id("recorded")).getText())
              .isEqualTo("Your ballot is recorded.");
          assertThat(browser.findElement(By.id("chosen")).getText()).contains(title, "3,500,000");
          assertThat(browser.findElement(By.id("total")).getText())
              .contains("3,500,000", "5,000,000");
          // back on the budget, the ballot is ticked and can be changed
          browser.get(kenes.url("/budgets/" + budget + "?lang=en"));
          assertThat(
                  browser
                      .findElement(By.cssSelector("input[name=projectIds][value='" + pid + "']"))
                      .isSelected())
              .isTrue();
          assertThat(browser.findElement(By.cssSelector("#ballot-form button")).getText())
              .isEqualTo("Change my ballot");
          return null;
        });

    move(budget, "RESULTS");
    var visitor = browsers.open(false);
    visitor.get(kenes.url("/budgets/" + budget + "?lang=en"));
    assertThat(visitor.findElements(By.cssSelector("#results-chart rect"))).hasSize(1);
    assertThat(visitor.findElement(By.id("results-table")).getText()).contains(title, "1", "yes");
    assertThat(visitor.findElement(By.id("turnout-table")).getText()).contains("Ақтоғай", "500");
    visitor.get(kenes.url("/budgets/" + budget + "?lang=ru"));
    assertThat(visitor.findElement(By.tagName("h1")).getText()).contains("Бюджет участия");
    visitor.get(kenes.url("/budgets/" + budget + "?lang=kk"));
    assertThat(visitor.findElement(By.tagName("h1")).getText()).contains("қатысу бюджеті");
    // the district's page shows the current budget and its phase
    visitor.get(kenes.url("/bodies/" + slug + "?lang=en"));
    assertThat(visitor.findElement(By.id("current-budget")).getText()).contains("2030", "Results");
  }
}
