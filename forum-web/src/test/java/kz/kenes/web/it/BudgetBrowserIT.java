package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
    String slug = kenes.newRuralDistrict("budget");
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

  @Test
  void anOfficialOpensABudgetAndReportsOnAFundedProjectWithoutJavaScript() throws Exception {
    String slug = kenes.newRuralDistrict("opened");

    long budget =
        browsers.as(
            "official",
            false,
            "/bodies/" + slug + "?lang=en",
            browser -> {
              // a rural district's page leads to its budgets, where an official opens one
              browser.findElement(By.id("all-budgets")).click();
              Browsers.waitFor(browser).until(d -> !d.findElements(By.id("new-budget")).isEmpty());
              assertThat(browser.findElements(By.id("no-budgets"))).hasSize(1);
              browser.findElement(By.id("new-budget")).click();
              Browsers.waitFor(browser).until(d -> !d.findElements(By.id("budget-form")).isEmpty());
              browser.findElement(By.id("b-year")).sendKeys("2031");
              browser.findElement(By.id("b-amount")).sendKeys("8 000 000");
              browser.findElement(By.id("b-villages")).sendKeys("Ақтоғай: 900\nЖалаулы: many");
              browser.findElement(By.id("budget-submit")).click();
              Browsers.waitFor(browser)
                  .until(d -> !d.findElements(By.id("villages-error")).isEmpty());
              assertThat(browser.findElement(By.id("b-amount")).getAttribute("value"))
                  .isEqualTo("8 000 000");
              WebElement villages = browser.findElement(By.id("b-villages"));
              villages.clear();
              villages.sendKeys("Ақтоғай: 900\nЖалаулы: 150");
              browser.findElement(By.id("budget-submit")).click();
              Browsers.waitFor(browser).until(d -> d.getCurrentUrl().matches(".*/budgets/\\d+$"));
              assertThat(browser.findElement(By.id("phase")).getText()).isEqualTo("Being prepared");
              return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/budgets/(\\d+)$", "$1"));
            });
    var read = Json.parse(http.get("api/v1/budgets/" + budget).body());
    assertThat(read.getJsonNumber("amount").longValue()).isEqualTo(8_000_000);
    assertThat(read.getString("rule")).isEqualTo("KNAPSACK");
    assertThat(read.getJsonArray("villages")).hasSize(2);

    move(budget, "PROPOSALS");
    long pid =
        id(
            http.postJson(
                "api/v1/budgets/" + budget + "/projects",
                "{\"title\":\"Мектеп жолы\",\"description\":\"Мектепке дейінгі жолды асфальттау,"
                    + " екі жүз метр.\",\"village\":\"Ақтоғай\",\"cost\":6000000}",
                kenes.tokenFor("resident")),
            201);
    move(budget, "REVIEW");
    var reviewed =
        http.postJson(
            "api/v1/budgets/" + budget + "/projects/" + pid + "/review",
            "{\"decision\":\"FEASIBLE\",\"cost\":6000000}",
            kenes.tokenFor("official"));
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    move(budget, "VOTING");
    var ballot =
        http.postJson(
            "api/v1/budgets/" + budget + "/paper-ballots",
            "{\"phone\":\"+7705"
                + (1_000_000 + new java.util.Random().nextInt(8_999_999))
                + "\",\"projectIds\":["
                + pid
                + "],\"village\":\"Ақтоғай\"}",
            kenes.tokenFor("operator"));
    assertThat(ballot.statusCode()).as(ballot.body()).isEqualTo(201);
    move(budget, "RESULTS");
    move(budget, "IMPLEMENTATION");

    browsers.as(
        "official",
        false,
        "/budgets/" + budget + "?lang=en",
        browser -> {
          // officials see who voted (the paper ballot, its phone masked), never what
          assertThat(browser.findElement(By.id("voter-count")).getText())
              .isEqualTo("Ballots: 1 (online 0, on paper 1).");
          assertThat(browser.findElement(By.id("voters-table")).getText())
              .contains("on paper", "+7705***", "Ақтоғай")
              .doesNotContain("Мектеп жолы");
          browser.findElement(By.cssSelector("#project-" + pid + " details summary")).click();
          WebElement progress = browser.findElement(By.id("u-progress-" + pid));
          progress.clear();
          progress.sendKeys("150");
          browser
              .findElement(By.id("u-text-" + pid))
              .sendKeys("Жұмыс басталды: қиыршық тас төселді.");
          browser.findElement(By.cssSelector("#update-" + pid + " button")).click();
          Browsers.waitFor(browser)
              .until(d -> !d.findElements(By.id("u-progress-error-" + pid)).isEmpty());
          progress = browser.findElement(By.id("u-progress-" + pid));
          progress.clear();
          progress.sendKeys("40");
          WebElement spent = browser.findElement(By.id("u-spent-" + pid));
          spent.clear();
          spent.sendKeys("2500000");
          new Select(browser.findElement(By.id("u-status-" + pid))).selectByValue("IN_PROGRESS");
          browser.findElement(By.cssSelector("#update-" + pid + " button")).click();
          Browsers.waitFor(browser).until(d -> !d.findElements(By.id("updates-" + pid)).isEmpty());
          return null;
        });
    // everyone follows the works in public: the dated report, the progress and the money spent
    var visitor = browsers.open(false);
    visitor.get(kenes.url("/budgets/" + budget + "?lang=en"));
    assertThat(visitor.findElement(By.id("updates-" + pid)).getText())
        .contains("Жұмыс басталды: қиыршық тас төселді.", "40 %", "2,500,000", "6,000,000");
    assertThat(visitor.findElements(By.id("update-" + pid))).isEmpty();
    assertThat(visitor.findElements(By.id("who-voted"))).isEmpty();
  }
}
