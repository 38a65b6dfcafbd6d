package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The public API, black box: the real WAR on the real server with real Keycloak tokens. */
@KenesIT
class ApiIT {
  private static final String PROBLEM = "application/problem+json";

  Kenes kenes;
  Http http;

  @Test
  void listsTheDemoBodiesWithNamesInThreeLanguagesAndTheirParents() {
    HttpResponse<String> response = http.get("api/v1/bodies");

    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonObject> bodies =
        Json.structure(response.body()).asJsonArray().getValuesAs(JsonObject.class);
    assertThat(bodies).hasSizeGreaterThanOrEqualTo(5);
    JsonObject akimat =
        bodies.stream()
            .filter(b -> b.getString("slug").equals("aktogay-district-akimat"))
            .findFirst()
            .orElseThrow();
    assertThat(akimat.getJsonObject("name").getString("kk"))
        .isEqualTo("Ақтоғай ауданының әкімдігі");
    assertThat(akimat.getJsonObject("name").getString("ru"))
        .isEqualTo("Акимат Актогайского района");
    assertThat(akimat.getJsonObject("name").getString("en"))
        .isEqualTo("Akimat of Aktogay District");
    assertThat(akimat.getString("kind")).isEqualTo("EXECUTIVE");
    assertThat(akimat.getString("level")).isEqualTo("DISTRICT");
    assertThat(akimat.getString("parent")).isEqualTo("pavlodar-region-akimat");
    JsonObject region =
        bodies.stream()
            .filter(b -> b.getString("slug").equals("pavlodar-region-akimat"))
            .findFirst()
            .orElseThrow();
    assertThat(region.get("parent")).isEqualTo(JsonValue.NULL);
    assertThat(bodies.stream().map(b -> b.getString("level")))
        .contains("REGION", "DISTRICT", "RURAL_DISTRICT");
    assertThat(bodies.stream().map(b -> b.getString("kind")))
        .contains("EXECUTIVE", "COUNCIL", "DEPARTMENT");
  }

  @Test
  void anUnknownBodyIsA404Problem() {
    HttpResponse<String> response = http.get("api/v1/bodies/no-such-body/threads");

    assertProblem(response, 404);
  }

  @Test
  void aResidentOpensAThreadWhoseHtmlIsCookedAndSanitized() {
    String token = kenes.tokenFor("resident");
    String title = "Көше жарығы жоқ " + UUID.randomUUID();
    String markdown =
        "Кешке **қараңғы**. <script>alert('x')</script>"
            + " <img src=x onerror=alert(1)> [link](javascript:alert(2))"
            + " <a href=\"https://example.org\" onclick=\"steal()\">a</a>"
            + " [ok](https://kenes.kz/help)";

    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            threadJson("COMPLAINT", title, markdown, "LIGHTING"),
            token);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject thread = Json.parse(created.body());
    long id = thread.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/threads/" + id));
    assertThat(thread.getString("type")).isEqualTo("COMPLAINT");
    assertThat(thread.getString("title")).isEqualTo(title);
    assertThat(thread.getString("category")).isEqualTo("LIGHTING");
    assertThat(thread.getString("status")).isEqualTo("OPEN");
    assertThat(thread.getJsonObject("author").getString("name")).isEqualTo("Айгерім Сәрсенова");
    assertThat(thread.getString("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    String html = thread.getString("bodyHtml");
    assertThat(html).contains("<strong>қараңғы</strong>");
    assertThat(html)
        .contains("href=\"https://kenes.kz/help\"")
        .contains("rel=\"nofollow ugc noopener noreferrer\"");
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("onerror=")
        .doesNotContain("onclick=")
        .doesNotContain("javascript:");

    HttpResponse<String> fetched = http.get("api/v1/threads/" + id);
    assertThat(fetched.statusCode()).isEqualTo(200);
    JsonObject again = Json.parse(fetched.body());
    assertThat(again.getString("bodyHtml")).isEqualTo(html);
    assertThat(again.getJsonNumber("openingPostId").longValue())
        .isEqualTo(thread.getJsonNumber("openingPostId").longValue());
    assertThat(again.getJsonArray("posts")).hasSize(1);
  }

  @Test
  void openingAThreadWithoutATokenIs401AndWritesNothing() {
    String title = "Анонимная тема " + UUID.randomUUID();

    HttpResponse<String> response =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            threadJson("QUESTION", title, "Текст вопроса", "ROADS"),
            null);

    assertProblem(response, 401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(http.get("api/v1/bodies/akzhol-rural-district/threads?limit=100").body())
        .doesNotContain(title);
  }

  @Test
  void aForgedTokenIsRejected() {
    HttpResponse<String> response =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            threadJson("QUESTION", "Forged token title", "text", "ROADS"),
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void badInputIsA400ProblemNamingEachField() {
    String token = kenes.tokenFor("resident");

    HttpResponse<String> response =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            "{\"type\":\"RUMOUR\",\"title\":\"ab\",\"body\":\"\",\"category\":\"ROADS\"}",
            token);

    assertProblem(response, 400);
    List<JsonObject> errors =
        Json.parse(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors.stream().map(e -> e.getString("field")))
        .containsExactlyInAnyOrder("type", "title", "body");
    assertThat(errors.stream().map(e -> e.getString("code")))
        .contains("validation.unknown-value", "validation.too-short", "validation.required");
  }

  @Test
  void malformedJsonIsA400Problem() {
    HttpResponse<String> response =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            "{\"type\": ",
            kenes.tokenFor("resident"));

    assertProblem(response, 400);
  }

  @Test
  void openingAThreadOnAnUnknownBodyIs404() {
    HttpResponse<String> response =
        http.postJson(
            "api/v1/bodies/no-such-body/threads",
            threadJson("QUESTION", "Where does this go?", "text", "ROADS"),
            kenes.tokenFor("resident"));

    assertProblem(response, 404);
  }

  @Test
  void announcementsAreForOfficialsOfTheBodyOrABodyAboveIt() {
    String announcement =
        threadJson(
            "ANNOUNCEMENT",
            "Су беру кестесі өзгереді",
            "Ертеңнен бастап су таңертең беріледі.",
            "WATER_SUPPLY");

    assertProblem(
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            announcement,
            kenes.tokenFor("resident")),
        403);
    String official = kenes.tokenFor("official");
    assertThat(
            http.postJson("api/v1/bodies/aktogay-district-akimat/threads", announcement, official)
                .statusCode())
        .isEqualTo(201);
    assertThat(
            http.postJson("api/v1/bodies/akzhol-rural-district/threads", announcement, official)
                .statusCode())
        .isEqualTo(201);
    assertProblem(
        http.postJson("api/v1/bodies/pavlodar-region-akimat/threads", announcement, official), 403);
    assertProblem(
        http.postJson("api/v1/bodies/aktogay-district-maslikhat/threads", announcement, official),
        403);
  }

  @Test
  void threadListsArePagedWithACursor() {
    String token = kenes.tokenFor("resident2");
    for (int i = 0; i < 3; i++) {
      assertThat(
              http.postJson(
                      "api/v1/bodies/sholaksor-rural-district/threads",
                      threadJson("DISCUSSION", "Paging topic number " + i, "Body " + i, "OTHER"),
                      token)
                  .statusCode())
          .isEqualTo(201);
    }

    HttpResponse<String> first = http.get("api/v1/bodies/sholaksor-rural-district/threads?limit=2");
    assertThat(first.statusCode()).isEqualTo(200);
    JsonObject page1 = Json.parse(first.body());
    assertThat(page1.getJsonArray("items")).hasSize(2);
    String next = page1.getString("next");
    assertThat(first.headers().firstValue("Link"))
        .hasValueSatisfying(l -> assertThat(l).contains("rel=\"next\"").contains(next));

    JsonObject page2 =
        Json.parse(
            http.get("api/v1/bodies/sholaksor-rural-district/threads?limit=2&after=" + next)
                .body());
    List<Long> ids1 = ids(page1);
    List<Long> ids2 = ids(page2);
    assertThat(ids2).isNotEmpty().doesNotContainAnyElementsOf(ids1);
    assertThat(ids1.get(0)).isGreaterThan(ids1.get(1));
    assertThat(ids1.get(1)).isGreaterThan(ids2.get(0));
  }

  @Test
  void badPagingParametersAre400() {
    assertProblem(http.get("api/v1/bodies/akzhol-rural-district/threads?limit=0"), 400);
    assertProblem(http.get("api/v1/bodies/akzhol-rural-district/threads?limit=101"), 400);
    HttpResponse<String> badCursor =
        http.get("api/v1/bodies/akzhol-rural-district/threads?after=not-a-cursor");
    assertProblem(badCursor, 400);
    assertThat(badCursor.body()).contains("\"field\":\"after\"");
  }

  @Test
  void theServerPublishesAnOpenApiDocumentOfTheApi() {
    HttpResponse<String> document =
        http.send(http.request("/openapi").header("Accept", "application/json").GET().build());

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body())
        .contains("\"openapi\"")
        .contains("Kenes API")
        .contains("/api/v1/threads/{id}")
        .contains("/api/v1/threads/{id}/official-answer")
        .contains("/api/v1/bodies/{slug}/claim-reviews")
        .doesNotContain("\"/threads/{id}\"");
  }

  @Test
  void anUnknownThreadIs404() {
    assertProblem(http.get("api/v1/threads/987654321"), 404);
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  static String threadJson(String type, String title, String body, String category) {
    return "{\"type\":"
        + quote(type)
        + ",\"title\":"
        + quote(title)
        + ",\"body\":"
        + quote(body)
        + ",\"category\":"
        + quote(category)
        + "}";
  }

  static String quote(String value) {
    return jakarta.json.Json.createValue(value).toString();
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
    JsonObject problem = Json.parse(response.body());
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.get("title")).isInstanceOf(JsonString.class);
    assertThat(problem.getString("title")).isNotBlank();
  }
}
