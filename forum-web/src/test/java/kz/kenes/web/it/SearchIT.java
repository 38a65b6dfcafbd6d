package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Search, black box: residents write through the API with real Keycloak tokens and find what they
 * wrote through {@code GET /api/v1/search}, in either script, within a second.
 */
@KenesIT
class SearchIT {
  static final String BODY = "akzhol-rural-district";
  static final long ONE_SECOND = 1_000;

  Kenes kenes;
  Http http;

  @Test
  void aResidentsPostIsFoundWithinASecondInEitherScriptAndInflected() {
    String token = kenes.tokenFor("resident");
    long threadId =
        open(
            token,
            "QUESTION",
            "Жол жөндеу туралы " + UUID.randomUUID().toString().substring(0, 8),
            "Бірінші хабарлама.",
            "ROADS");
    HttpResponse<String> reply =
        http.postJson(
            "api/v1/threads/" + threadId + "/posts",
            "{\"body\":" + ApiIT.quote("Ауылымыздағы жолдарды жөндеу керек") + "}",
            token);
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    long postId = Json.parse(reply.body()).getJsonNumber("id").longValue();
    long committed = System.currentTimeMillis();

    for (String q : List.of("жол", "ауыл", "auyl jol", "jöndeu")) {
      JsonObject hit = awaitHit(q, "POST", postId, committed);
      assertThat(hit.getJsonNumber("threadId").longValue()).isEqualTo(threadId);
      assertThat(hit.getString("body")).isEqualTo(BODY);
      assertThat(hit.getString("title")).startsWith("Жол жөндеу туралы");
      assertThat(hit.getString("snippet")).contains("<mark>");
      assertThat(hit.getString("snippet").replaceAll("</?mark>", "")).doesNotContain("<");
    }
    // A query that only matches other words finds nothing of this post.
    assertThat(findHit(search("q=" + enc("мектеп жол")), "POST", postId)).isNull();
  }

  @Test
  void theThreadItselfIsAHitWithItsOwnIdAndFacetsComeBack() {
    String token = kenes.tokenFor("resident2");
    String marker = "Qazaqstan" + UUID.randomUUID().toString().substring(0, 6);
    long threadId =
        open(token, "PROPOSAL", "Саябаққа орындықтар қою " + marker, "Орындық керек.", "OTHER");

    JsonObject result = search("q=" + enc("орындық " + marker.toLowerCase()));
    JsonObject hit = findHit(result, "THREAD", threadId);
    assertThat(hit).as(result.toString()).isNotNull();
    assertThat(hit.getJsonNumber("threadId").longValue()).isEqualTo(threadId);
    assertThat(hit.getString("snippet")).contains("<mark>орындықтар</mark>");

    assertThat(result.getBoolean("approximate")).isFalse();
    JsonObject facets = result.getJsonObject("facets");
    JsonObject body = facets.getJsonArray("body").getJsonObject(0);
    assertThat(body.getString("slug")).isEqualTo(BODY);
    assertThat(body.getJsonObject("name").getString("kk")).isNotBlank();
    assertThat(body.getJsonNumber("count").longValue()).isEqualTo(result.getInt("total"));
    assertThat(facets.getJsonArray("type").getValuesAs(JsonObject.class))
        .anySatisfy(b -> assertThat(b.getString("value")).isEqualTo("PROPOSAL"));
    assertThat(facets.getJsonArray("category").getValuesAs(JsonObject.class))
        .anySatisfy(b -> assertThat(b.getString("value")).isEqualTo("OTHER"));
    assertThat(facets.getJsonArray("status").getValuesAs(JsonObject.class))
        .anySatisfy(b -> assertThat(b.getString("value")).isEqualTo("OPEN"));

    // filters narrow: another type or another body finds none of it
    assertThat(findHit(search("q=" + enc(marker) + "&type=COMPLAINT"), "THREAD", threadId))
        .isNull();
    assertThat(
            findHit(
                search("q=" + enc(marker) + "&body=aktogay-district-akimat"), "THREAD", threadId))
        .isNull();
    assertThat(
            findHit(
                search("q=" + enc(marker) + "&body=" + BODY + "&type=PROPOSAL&status=OPEN"),
                "THREAD",
                threadId))
        .isNotNull();
  }

  @Test
  void anOfficialAnswerRanksAboveAnOrdinaryPostWithTheSameWords() {
    String marker = "zharyq" + UUID.randomUUID().toString().substring(0, 6);
    String text = "Көше шамдары " + marker + " жөнделеді";
    String resident = kenes.tokenFor("resident3");
    long threadId =
        open(
            resident,
            "QUESTION",
            "Көше жарығы қашан?",
            "Шамдар жанбайды.",
            "LIGHTING",
            "aktogay-district-akimat");
    HttpResponse<String> post =
        http.postJson(
            "api/v1/threads/" + threadId + "/posts",
            "{\"body\":" + ApiIT.quote(text) + "}",
            resident);
    assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
    HttpResponse<String> answer =
        http.send(
            http.request("api/v1/threads/" + threadId + "/official-answer")
                .header("Authorization", "Bearer " + kenes.tokenFor("official"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"body\":" + ApiIT.quote(text) + "}"))
                .build());
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);

    List<JsonObject> hits =
        search("q=" + enc(marker)).getJsonArray("hits").getValuesAs(JsonObject.class);
    assertThat(hits).extracting(h -> h.getString("kind")).contains("OFFICIAL_ANSWER", "POST");
    assertThat(hits.get(0).getString("kind")).isEqualTo("OFFICIAL_ANSWER");
    assertThat(hits.get(0).getJsonNumber("threadId").longValue()).isEqualTo(threadId);
  }

  @Test
  void aRumourMeetsItsConfirmedCardFirstInEitherLanguageAndScript() {
    // the demo data holds a rumour told in Kazakh and in Russian, and the card that answers it
    for (String q : List.of("су қыс бойы", "su qys boiy", "отключат воду на зиму")) {
      JsonObject result = search("q=" + enc(q) + "&body=" + BODY);
      JsonObject first = result.getJsonArray("hits").getJsonObject(0);
      assertThat(first.getString("kind")).as(q + ": " + result).isEqualTo("CLAIM_REVIEW");
      assertThat(first.isNull("threadId")).isTrue();
      assertThat(first.getString("title")).startsWith("Ақжолда су қыс бойы берілмейді");
      assertThat(first.getString("url")).matches("http://[^/]+/bodies/" + BODY + "#claim-\\d+");
      assertThat(result.getJsonArray("hits").getValuesAs(JsonObject.class))
          .anySatisfy(h -> assertThat(h.getString("kind")).isEqualTo("THREAD"));
    }
  }

  @Test
  void badRequestsAre400ProblemsNamingTheField() {
    assertField(http.get("api/v1/search?q="), "q");
    assertField(http.get("api/v1/search"), "q");
    assertField(http.get("api/v1/search?q=jol&category=NOPE"), "category");
    assertField(http.get("api/v1/search?q=jol&type=NOPE"), "type");
    assertField(http.get("api/v1/search?q=jol&status=NOPE"), "status");
    assertField(http.get("api/v1/search?q=jol&body=no-such-body"), "body");
    assertField(http.get("api/v1/search?q=jol&page=0"), "page");
    assertField(http.get("api/v1/search?q=jol&page=two"), "page");
    assertField(http.get("api/v1/search?q=" + "ж".repeat(201)), "q");
    assertThat(http.get("api/v1/search?q=jol&page=2").statusCode()).isEqualTo(200);
  }

  @Test
  void similarThreadsOfTheSameBodyWhileComposing() {
    String token = kenes.tokenFor("resident4");
    String marker = "kopir" + UUID.randomUUID().toString().substring(0, 6);
    long threadId =
        open(
            token,
            "COMPLAINT",
            "Өзен үстіндегі көпір " + marker + " құлап жатыр",
            "Қауіпті.",
            "ROADS");

    List<JsonObject> similar =
        Json.structure(
                http.get(
                        "api/v1/bodies/"
                            + BODY
                            + "/similar?title="
                            + enc("Көпірлер " + marker + " жөндеу"))
                    .body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(similar).hasSizeLessThanOrEqualTo(5);
    assertThat(similar.get(0).getJsonNumber("id").longValue()).isEqualTo(threadId);
    // another body's composer does not see it
    List<JsonObject> elsewhere =
        Json.structure(
                http.get(
                        "api/v1/bodies/aktogay-district-akimat/similar?title="
                            + enc("көпір " + marker))
                    .body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(elsewhere).noneMatch(t -> t.getJsonNumber("id").longValue() == threadId);
  }

  @Test
  void onlyAnAdminMayReindexAndTheIndexHoldsEachDocumentOnce() throws Exception {
    HttpResponse<String> anonymous = http.postJson("api/v1/admin/search/reindex", "", null);
    ApiIT.assertProblem(anonymous, 401);
    HttpResponse<String> resident =
        http.postJson("api/v1/admin/search/reindex", "", kenes.tokenFor("resident"));
    ApiIT.assertProblem(resident, 403);

    String admin = kenes.tokenFor("admin");
    int before = Json.parse(http.get("api/v1/search?q=" + enc("ауыл")).body()).getInt("total");
    assertThat(before).isPositive();
    HttpResponse<String> started = http.postJson("api/v1/admin/search/reindex", "", admin);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(Json.parse(started.body()).getInt("indexVersion")).isPositive();
    // while it runs search answers, or says clearly that it cannot yet
    HttpResponse<String> meanwhile = http.get("api/v1/search?q=" + enc("ауыл"));
    if (meanwhile.statusCode() != 200) {
      ApiIT.assertProblem(meanwhile, 503);
    }
    long deadline = System.currentTimeMillis() + 60_000;
    JsonObject state;
    do {
      Thread.sleep(200);
      state = Json.parse(http.get("api/v1/admin/search/reindex", admin).body());
    } while (state.getBoolean("running") && System.currentTimeMillis() < deadline);
    assertThat(state.getString("outcome")).isEqualTo("DONE");
    assertThat(http.get("api/v1/search?q=" + enc("ауыл")).statusCode()).isEqualTo(200);
    // the same documents, once each (the mass indexer adds: an index not emptied doubles)
    assertThat(Json.parse(http.get("api/v1/search?q=" + enc("ауыл")).body()).getInt("total"))
        .isEqualTo(before);
  }

  @Test
  void theSearchPageWorksWithoutJavaScriptInThreeLanguages() {
    String token = kenes.tokenFor("resident2");
    String marker = "bet" + UUID.randomUUID().toString().substring(0, 6);
    long threadId =
        open(
            token,
            "QUESTION",
            "Су құбыры жарылды " + marker,
            "Су <b>жоқ</b> " + marker,
            "WATER_SUPPLY");

    HttpResponse<String> home = http.get("");
    assertThat(home.body()).contains("action=\"/search\"").contains("name=\"q\"");

    HttpResponse<String> kk = http.get("search?q=" + enc("құбырлар " + marker));
    assertThat(kk.statusCode()).isEqualTo(200);
    assertThat(kk.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(kk.body())
        .contains("<html lang=\"kk\"")
        .contains("href=\"/threads/" + threadId + "\"")
        .contains("<mark>құбыры</mark>")
        .contains("1 нәтиже")
        .doesNotContain("<b>жоқ</b>");

    HttpResponse<String> ru = http.get("search?lang=ru&q=" + enc(marker));
    assertThat(ru.body())
        .contains("Найдено: 2")
        .contains("Тема")
        .contains("Сообщение")
        .contains("<mark>" + marker + "</mark>")
        .doesNotContain("<b>жоқ</b>");
    HttpResponse<String> en = http.get("search?lang=en&q=" + enc(marker));
    assertThat(en.body()).contains("2 results").contains("Topic").contains("Post");

    HttpResponse<String> bad = http.get("search?q=jol&status=NOPE");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("class=\"errors\"");
    assertThat(http.get("search").statusCode()).isEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------

  private long open(String token, String type, String title, String text, String category) {
    return open(token, type, title, text, category, BODY);
  }

  private long open(
      String token, String type, String title, String text, String category, String body) {
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + body + "/threads",
            ApiIT.threadJson(type, title, text, category),
            token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.parse(created.body()).getJsonNumber("id").longValue();
  }

  /**
   * Searches {@code q} in {@link #BODY} until the hit appears, paging through all results, and
   * asserts that it appeared within a second of {@code since}.
   */
  private JsonObject awaitHit(String q, String kind, long id, long since) {
    while (true) {
      for (int page = 1; page <= 50; page++) {
        JsonObject result = search("q=" + enc(q) + "&body=" + BODY + "&page=" + page);
        JsonObject hit = findHit(result, kind, id);
        if (hit != null) {
          return hit;
        }
        if (page * 20 >= result.getInt("total")) {
          break;
        }
      }
      assertThat(System.currentTimeMillis() - since)
          .as("'%s' did not find %s %d within a second", q, kind, id)
          .isLessThan(ONE_SECOND);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private JsonObject search(String query) {
    HttpResponse<String> response = http.get("api/v1/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.parse(response.body());
  }

  static JsonObject findHit(JsonObject result, String kind, long id) {
    return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .filter(h -> h.getString("kind").equals(kind) && h.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElse(null);
  }

  private static void assertField(HttpResponse<String> response, String field) {
    ApiIT.assertProblem(response, 400);
    assertThat(Json.parse(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains(field);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
