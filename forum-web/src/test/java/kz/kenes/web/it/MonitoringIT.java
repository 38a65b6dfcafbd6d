package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import kz.kenes.moderation.monitoring.MonitoringWeek;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 16's Done when on the real stack: a resident's appeal registered this week in Akzhol rural
 * district appears in Aktogay district's monitoring (its row and the totals), the official's answer
 * counts as answered, the applicant's "yes" as satisfied (a second answer 409), the CSV and XLSX
 * hold the same figures, the roll-ups rebuilt from scratch equal the incremental ones, bad weeks
 * and bodies are refused, and the page shows SVG charts at phone width without JavaScript.
 */
@KenesIT
class MonitoringIT {
  static final String DISTRICT = "aktogay-district-akimat";
  static final String RURAL = "akzhol-rural-district";

  Http http;
  Browsers browsers;

  private JsonObject report(String week) {
    HttpResponse<String> r = http.get("api/v1/bodies/" + DISTRICT + "/monitoring?week=" + week);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.parse(r.body());
  }

  /** The anonymous page's total of registered appeals. */
  private int pageTotal(String week) {
    HttpResponse<String> page = http.get("bodies/" + DISTRICT + "/monitoring?week=" + week);
    assertThat(page.statusCode()).isEqualTo(200);
    var m = java.util.regex.Pattern.compile("id=\"total-registered\">(\\d+)<").matcher(page.body());
    assertThat(m.find()).as("the page shows the total").isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static Map<String, Integer> row(
      JsonObject report, String body, String category, String channel) {
    Map<String, Integer> figures = new HashMap<>();
    for (JsonObject row : report.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      if (row.getString("body").equals(body)
          && row.getString("category").equals(category)
          && row.getString("channel").equals(channel)) {
        for (String f : new String[] {"registered", "answered", "answeredOnTime", "overdue"}) {
          figures.put(f, row.getInt(f));
        }
      }
    }
    return figures;
  }

  @Test
  void anAppealOfThisWeekIsCountedAnsweredAndRatedAndTheExportsAgree() throws Exception {
    String week = MonitoringWeek.of(Instant.now()).toString();
    JsonObject before = report(week);
    Map<String, Integer> rowBefore = row(before, RURAL, "LAND", "PHONE");
    // the anonymous page is kept in the page cache from here on
    int pageBefore = pageTotal(week);
    assertThat(pageBefore).isEqualTo(before.getJsonObject("totals").getInt("registered"));

    // the demo resident is known with their verified number, so the appeal taken for it is theirs
    String resident = KeycloakTestServer.token("resident");
    assertThat(http.get("api/v1/me/appeals", resident).statusCode()).isEqualTo(200);
    // the operator takes a phone appeal for the demo resident's verified number
    HttpResponse<String> created =
        http.postJson(
            "api/v1/appeals/intake",
            "{\"body\":\""
                + RURAL
                + "\",\"channel\":\"PHONE\",\"phone\":\"+77010000001\",\"fullName\":\"Айгерім"
                + " Сәрсенова\",\"iin\":\"900101300126\",\"address\":\"Ақжол ауылы\","
                + "\"subject\":\"Жер учаскесі\",\"text\":\"Жер учаскесінің шекарасы туралы сұрақ.\","
                + "\"category\":\"LAND\"}",
            KeycloakTestServer.token("operator"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Json.parse(created.body()).getInt("id");

    JsonObject registered = report(week);
    Map<String, Integer> rowRegistered = row(registered, RURAL, "LAND", "PHONE");
    assertThat(rowRegistered.getOrDefault("registered", 0))
        .isEqualTo(rowBefore.getOrDefault("registered", 0) + 1);
    assertThat(registered.getJsonObject("totals").getInt("registered"))
        .isEqualTo(before.getJsonObject("totals").getInt("registered") + 1);
    assertThat(registered.getInt("population")).isEqualTo(12500);
    assertThat(registered.getJsonArray("trend")).hasSize(12);
    assertThat(registered.getJsonArray("trend").getJsonObject(11).getString("week"))
        .isEqualTo(week);
    assertThat(registered.isNull("executors"))
        .as("the public sees nothing about a person")
        .isTrue();
    // the appeal's registration emptied the page cache: the anonymous page counts it at once
    assertThat(pageTotal(week)).isEqualTo(pageBefore + 1);

    // the satisfaction question waits for the answer
    assertProblem(
        http.postJson("api/v1/appeals/" + id + "/satisfaction", "{\"answer\":\"YES\"}", resident),
        409);

    String official = KeycloakTestServer.token("official");
    HttpResponse<String> answered =
        http.postJson(
            "api/v1/appeals/" + id + "/answer",
            "{\"result\":\"EXPLAINED\",\"text\":\"Шекара жер кадастры бойынша анықталды.\"}",
            official);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    JsonObject afterAnswer = report(week);
    Map<String, Integer> rowAnswered = row(afterAnswer, RURAL, "LAND", "PHONE");
    assertThat(rowAnswered.get("answered"))
        .isEqualTo(rowRegistered.getOrDefault("answered", 0) + 1);
    assertThat(rowAnswered.get("answeredOnTime"))
        .isEqualTo(rowRegistered.getOrDefault("answeredOnTime", 0) + 1);
    assertThat(afterAnswer.getJsonObject("totals").getInt("answered"))
        .isEqualTo(registered.getJsonObject("totals").getInt("answered") + 1);

    // others may not answer for the applicant; bad answers are 400
    assertProblem(
        http.postJson(
            "api/v1/appeals/" + id + "/satisfaction",
            "{\"answer\":\"YES\"}",
            KeycloakTestServer.token("resident2")),
        403);
    assertProblem(
        http.postJson("api/v1/appeals/" + id + "/satisfaction", "{\"answer\":\"MAYBE\"}", resident),
        400);
    HttpResponse<String> yes =
        http.postJson(
            "api/v1/appeals/" + id + "/satisfaction",
            "{\"answer\":\"YES\",\"comment\":\"Рақмет, түсінікті.\"}",
            resident);
    assertThat(yes.statusCode()).as(yes.body()).isEqualTo(201);
    assertProblem(
        http.postJson("api/v1/appeals/" + id + "/satisfaction", "{\"answer\":\"NO\"}", resident),
        409);
    JsonObject rated = report(week);
    assertThat(rated.getJsonObject("satisfaction").getInt("satisfied"))
        .isEqualTo(afterAnswer.getJsonObject("satisfaction").getInt("satisfied") + 1);

    // staff of the district see per-executor figures; the rows are the same
    HttpResponse<String> staff =
        http.get("api/v1/bodies/" + DISTRICT + "/monitoring?week=" + week, official);
    assertThat(Json.parse(staff.body()).isNull("executors")).isFalse();

    // so does their page; the public page, read before and after it and kept in the page cache
    // (answered 304 to its ETag), never shows anything about a person
    String page = "bodies/" + DISTRICT + "/monitoring?week=" + week + "&lang=en";
    HttpResponse<String> publicPage = http.get(page);
    assertThat(publicPage.body()).doesNotContain("id=\"executors\"");
    HttpResponse<String> staffPage = http.get(page, official);
    assertThat(staffPage.statusCode()).isEqualTo(200);
    assertThat(staffPage.body()).contains("id=\"executors\"");
    assertThat(staffPage.headers().firstValue("ETag")).isEmpty();
    HttpResponse<String> kept = http.get(page);
    assertThat(kept.body()).isEqualTo(publicPage.body());
    String etag = kept.headers().firstValue("ETag").orElseThrow();
    assertThat(
            http.send(http.request(page).header("If-None-Match", etag).GET().build()).statusCode())
        .isEqualTo(304);
    assertThat(http.get(page, KeycloakTestServer.token("resident2")).body())
        .doesNotContain("id=\"executors\"");

    // the CSV holds the same figures, its first line the JSON field names
    HttpResponse<String> csv =
        http.get("api/v1/bodies/" + DISTRICT + "/monitoring.csv?week=" + week);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "body,category,channel,registered,answered,answeredOnTime,overdue,redirected,medianDaysToAnswer");
    Map<String, Integer> rowRated = row(rated, RURAL, "LAND", "PHONE");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        RURAL
                            + ",LAND,PHONE,"
                            + rowRated.get("registered")
                            + ","
                            + rowRated.get("answered")
                            + ","
                            + rowRated.get("answeredOnTime")
                            + ","
                            + rowRated.get("overdue")
                            + ","));
    assertThat(lines).hasSize(rated.getJsonArray("rows").size() + 1);

    // the XLSX opens in a spreadsheet library (Apache POI) as one sheet of the JSON's rows
    HttpResponse<byte[]> xlsx =
        http.sendBytes(
            http.request("api/v1/bodies/" + DISTRICT + "/monitoring.xlsx?week=" + week)
                .GET()
                .build());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo(week);
      var jsonRows = rated.getJsonArray("rows").getValuesAs(JsonObject.class);
      assertThat(sheet.getLastRowNum()).isEqualTo(jsonRows.size());
      var header = sheet.getRow(0);
      String[] columns = lines[0].split(",");
      for (int c = 0; c < columns.length; c++) {
        assertThat(header.getCell(c).getStringCellValue()).isEqualTo(columns[c]);
      }
      for (int r = 0; r < jsonRows.size(); r++) {
        JsonObject json = jsonRows.get(r);
        var cells = sheet.getRow(r + 1);
        for (int c = 0; c < columns.length; c++) {
          var cell = cells.getCell(c);
          var value = json.get(columns[c]);
          if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            assertThat(cell).as("row %d, %s", r + 1, columns[c]).isNull();
            continue;
          }
          switch (value.getValueType()) {
            case STRING ->
                assertThat(cell.getStringCellValue()).isEqualTo(json.getString(columns[c]));
            case NUMBER ->
                assertThat(cell.getNumericCellValue())
                    .as("row %d, %s", r + 1, columns[c])
                    .isEqualTo(json.getJsonNumber(columns[c]).doubleValue());
            default -> throw new AssertionError("unexpected " + value);
          }
        }
      }
    }

    // rebuilt from the appeals' history, the roll-ups are the incremental ones
    HttpResponse<String> rebuilt =
        http.postJson("api/v1/admin/monitoring/rebuild", "{}", KeycloakTestServer.token("admin"));
    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
    JsonObject again = report(week);
    assertThat(again.getJsonArray("rows")).isEqualTo(rated.getJsonArray("rows"));
    assertThat(again.getJsonObject("totals")).isEqualTo(rated.getJsonObject("totals"));
    assertThat(again.getJsonObject("satisfaction")).isEqualTo(rated.getJsonObject("satisfaction"));
    assertThat(again.getJsonArray("trend")).isEqualTo(rated.getJsonArray("trend"));

    // the page shows the figures and SVG charts at phone width without JavaScript
    var browser = browsers.open(false);
    browser.get(browsers.url("/bodies/" + DISTRICT + "/monitoring?week=" + week + "&lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Monitoring");
    assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(3);
    assertThat(browser.findElement(By.id("total-registered")).getText())
        .isEqualTo(String.valueOf(rated.getJsonObject("totals").getInt("registered")));
    assertThat(browser.findElement(By.id("satisfied")).getText())
        .isEqualTo(String.valueOf(rated.getJsonObject("satisfaction").getInt("satisfied")));
    assertThat(
            browser.findElement(By.cssSelector("#chart-trend title")).getAttribute("textContent"))
        .isEqualTo("Appeals per week: registered, answered, overdue");
    assertThat(browser.findElements(By.id("executors"))).isEmpty();
    // the charts and the wide tables stay within the page's width (the tables scroll inside it)
    int mainWidth = browser.findElement(By.id("main")).getSize().getWidth();
    assertThat(mainWidth).isLessThan(520);
    for (String chart : new String[] {"chart-categories", "chart-trend", "chart-comparison"}) {
      assertThat(browser.findElement(By.id(chart)).getSize().getWidth())
          .isLessThanOrEqualTo(mainWidth);
    }
    assertThat(
            browser
                .findElement(By.cssSelector("#table-categories"))
                .findElement(By.xpath(".."))
                .getSize()
                .getWidth())
        .isLessThanOrEqualTo(mainWidth);
    // the district's official, signed in at phone width without JavaScript, sees the executors'
    // section (the one the public never sees) within the page's width too
    browsers.as(
        "official",
        false,
        "/bodies/" + DISTRICT + "/monitoring?week=" + week + "&lang=en",
        staffBrowser -> {
          assertThat(staffBrowser.findElement(By.id("executors")).getSize().getWidth())
              .isLessThanOrEqualTo(staffBrowser.findElement(By.id("main")).getSize().getWidth());
          assertThat(staffBrowser.findElements(By.cssSelector("svg.chart"))).hasSize(3);
          return null;
        });
    browser.get(browsers.url("/bodies/" + DISTRICT + "?lang=kk"));
    browser.findElement(By.id("monitoring-link")).click();
    assertThat(browser.getCurrentUrl()).contains("/bodies/" + DISTRICT + "/monitoring");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Мониторинг");
  }

  @Test
  void badWeeksAreRefusedWithTheFieldAndUnknownBodiesAreNotFound() {
    for (String week : new String[] {"2026-W54", "2026-49", "x", "2025-W53"}) {
      HttpResponse<String> r =
          http.get(
              "api/v1/bodies/"
                  + DISTRICT
                  + "/monitoring?week="
                  + java.net.URLEncoder.encode(week, StandardCharsets.UTF_8));
      assertProblem(r, 400);
      assertThat(r.body()).contains("\"week\"");
      assertProblem(
          http.get(
              "api/v1/bodies/"
                  + DISTRICT
                  + "/monitoring.csv?week="
                  + java.net.URLEncoder.encode(week, StandardCharsets.UTF_8)),
          400);
    }
    assertProblem(http.get("api/v1/bodies/no-such-body/monitoring?week=2026-W49"), 404);
    assertProblem(http.get("api/v1/bodies/no-such-body/monitoring.xlsx"), 404);
    assertThat(http.get("bodies/no-such-body/monitoring").statusCode()).isEqualTo(404);
    assertThat(http.get("bodies/" + DISTRICT + "/monitoring?week=W").statusCode()).isEqualTo(400);
    // an empty week of a rural district is all zeros, not an error
    JsonObject empty =
        Json.parse(http.get("api/v1/bodies/" + RURAL + "/monitoring?week=2020-W10").body());
    assertThat(empty.getJsonArray("rows")).isEmpty();
    assertThat(empty.getJsonObject("totals").getInt("registered")).isZero();
    assertThat(empty.getJsonObject("totals").isNull("medianDaysToAnswer")).isTrue();
  }

  @Test
  void onlyAdminsSetPopulationsAndHistoryAndBadHistoryKeepsNothing() {
    String admin = KeycloakTestServer.token("admin");
    var put =
        http.send(
            http.request("api/v1/bodies/sholaksor-rural-district/monitoring/history")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + admin)
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"csv\":\"period,category,channel,registered,satisfied\\n2020,LAND,PAPER,4,1\\n2021-Q1,OTHER,ORAL,3,0\"}"))
                .build());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    var bad =
        http.send(
            http.request("api/v1/bodies/sholaksor-rural-district/monitoring/history")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + admin)
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"csv\":\"period,category,channel,registered,satisfied\\n2020,LAND,PAPER,4,9\"}"))
                .build());
    assertProblem(bad, 400);
    assertThat(bad.body()).contains("line.2");
    JsonObject report =
        Json.parse(
            http.get("api/v1/bodies/sholaksor-rural-district/monitoring?week=2026-W49").body());
    assertThat(report.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("period") + "=" + h.getInt("registered"))
        .containsExactly("2020=4", "2021-Q1=3");
    var population =
        http.send(
            http.request("api/v1/bodies/sholaksor-rural-district/population")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + admin)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"population\":0}"))
                .build());
    assertProblem(population, 400);
  }
}
