package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static kz.kenes.web.it.ApiIT.threadJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A thread's life through the API: supports, the official answer and its revisions, replies. */
@KenesIT
class ThreadLifecycleIT {
  Kenes kenes;
  Http http;

  private long open(String user, String slug, String type, String title) {
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + slug + "/threads",
            threadJson(type, title, "Мәтін: " + title, "OTHER"),
            token(user));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.parse(created.body()).getJsonNumber("id").longValue();
  }

  private String token(String user) {
    return kenes.tokenFor(user);
  }

  private JsonObject thread(long id) {
    return Json.parse(http.get("api/v1/threads/" + id).body());
  }

  private HttpResponse<String> put(String path, String json, String token) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  @Test
  void aProposalIsSupportedAnsweredOfficiallyAndTheAnswerKeepsItsRevisions() {
    long id =
        open(
            "resident",
            "akzhol-rural-district",
            "PROPOSAL",
            "Ауылға спорт алаңы " + UUID.randomUUID());

    HttpResponse<String> support =
        http.postJson("api/v1/threads/" + id + "/supports", "", token("resident2"));
    assertThat(support.statusCode()).isEqualTo(201);
    assertThat(Json.parse(support.body()).getInt("supportCount")).isEqualTo(1);
    assertProblem(http.postJson("api/v1/threads/" + id + "/supports", "", token("resident2")), 409);
    assertProblem(http.postJson("api/v1/threads/" + id + "/supports", "", token("resident")), 409);
    assertProblem(http.postJson("api/v1/threads/" + id + "/supports", "", null), 401);

    assertProblem(
        put(
            "api/v1/threads/" + id + "/official-answer",
            "{\"body\":\"Мен жауап берем\"}",
            token("resident")),
        403);
    assertProblem(
        put("api/v1/threads/" + id + "/official-answer", "{\"body\":\"\"}", token("official")),
        400);

    HttpResponse<String> answered =
        put(
            "api/v1/threads/" + id + "/official-answer",
            "{\"body\":\"Алаң **келесі жылы** салынады.\"}",
            token("official"));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

    JsonObject thread = thread(id);
    assertThat(thread.getString("status")).isEqualTo("ANSWERED");
    assertThat(thread.getInt("supportCount")).isEqualTo(1);
    JsonObject answer = thread.getJsonObject("officialAnswer");
    assertThat(answer.getString("bodyHtml")).contains("<strong>келесі жылы</strong>");
    assertThat(answer.getJsonObject("official").getString("name")).isEqualTo("Серік Әбдірахманов");
    assertThat(answer.getJsonObject("official").getString("position"))
        .contains("Аудан әкімінің орынбасары");
    assertThat(answer.getJsonObject("official").getString("body"))
        .isEqualTo("aktogay-district-akimat");
    assertThat(answer.getJsonArray("revisions")).isEmpty();

    HttpResponse<String> revised =
        put(
            "api/v1/threads/" + id + "/official-answer",
            "{\"body\":\"Алаң көктемде салынады.\"}",
            token("official"));
    assertThat(revised.statusCode()).isEqualTo(200);
    assertThat(Json.parse(revised.body()).getJsonArray("revisions")).hasSize(1);
    JsonObject again = thread(id).getJsonObject("officialAnswer");
    assertThat(again.getString("bodyHtml")).contains("көктемде");
    assertThat(again.getInt("revision")).isEqualTo(2);
    assertThat(again.getJsonArray("revisions")).hasSize(1);
    assertThat(again.getJsonArray("revisions").getJsonObject(0).getString("bodyHtml"))
        .contains("келесі жылы");
  }

  @Test
  void aProposalReachingTheThresholdAwaitsAResponseWithADueDate() {
    long id =
        open(
            "resident",
            "aktogay-district-akimat",
            "PROPOSAL",
            "Автобус аялдамасы " + UUID.randomUUID());
    for (String user : new String[] {"resident2", "resident3", "resident4"}) {
      assertThat(http.postJson("api/v1/threads/" + id + "/supports", "", token(user)).statusCode())
          .isEqualTo(201);
    }
    assertThat(thread(id).getString("status")).isEqualTo("OPEN");
    assertThat(thread(id).get("dueAt")).isEqualTo(JsonValue.NULL);

    http.postJson("api/v1/threads/" + id + "/supports", "", token("moderator"));

    JsonObject thread = thread(id);
    assertThat(thread.getString("status")).isEqualTo("AWAITING_RESPONSE");
    assertThat(thread.getString("dueAt")).matches("\\d{4}-.*Z");
    String awaiting =
        http.get("api/v1/bodies/aktogay-district-akimat/threads?status=AWAITING_RESPONSE&limit=100")
            .body();
    assertThat(awaiting).contains("\"id\":" + id);
    assertProblem(http.get("api/v1/bodies/aktogay-district-akimat/threads?status=SOON"), 400);
  }

  @Test
  void repliesQuoteEditsKeepTheEarlierTextAndAuthorsWithdraw() {
    long id =
        open(
            "resident3",
            "zhalauly-rural-district",
            "QUESTION",
            "Когда починят колонку " + UUID.randomUUID());
    long opening = thread(id).getJsonNumber("openingPostId").longValue();

    HttpResponse<String> reply =
        http.postJson(
            "api/v1/threads/" + id + "/posts",
            "{\"body\":" + quote("И у нас тоже") + ",\"quotePostId\":" + opening + "}",
            token("resident4"));
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    JsonObject post = Json.parse(reply.body());
    long postId = post.getJsonNumber("id").longValue();
    assertThat(post.getJsonNumber("replyTo").longValue()).isEqualTo(opening);
    assertProblem(
        http.postJson(
            "api/v1/threads/" + id + "/posts",
            "{\"body\":\"x x\",\"quotePostId\":1}",
            token("resident4")),
        400);

    assertProblem(
        put("api/v1/posts/" + postId, "{\"body\":\"Чужая правка\"}", token("resident")), 403);
    HttpResponse<String> edited =
        put("api/v1/posts/" + postId, "{\"body\":\"И у нас на улице тоже\"}", token("resident4"));
    assertThat(edited.statusCode()).isEqualTo(200);
    assertThat(Json.parse(edited.body()).getBoolean("edited")).isTrue();
    String revisions = http.get("api/v1/posts/" + postId + "/revisions").body();
    assertThat(revisions).contains("И у нас тоже").doesNotContain("на улице");

    assertThat(
            http.send(
                    http.request("api/v1/posts/" + postId)
                        .header("Authorization", "Bearer " + token("resident4"))
                        .DELETE()
                        .build())
                .statusCode())
        .isEqualTo(204);
    JsonObject withdrawn = Json.parse(http.get("api/v1/posts/" + postId).body());
    assertThat(withdrawn.getBoolean("withdrawn")).isTrue();
    assertThat(withdrawn.get("bodyHtml")).isEqualTo(JsonValue.NULL);
    assertThat(http.get("/threads/" + id).body()).doesNotContain("на улице");
  }

  @Test
  void officialsCloseAndReopenWithAReasonAndClosedThreadsTakeNoReplies() {
    long id =
        open(
            "resident2",
            "karaoba-rural-district",
            "QUESTION",
            "Жол қашан ашылады? " + UUID.randomUUID());
    String close = "{\"status\":\"CLOSED\",\"reason\":\"Жол ашылды\"}";

    assertProblem(put("api/v1/threads/" + id + "/status", close, token("resident2")), 403);
    assertProblem(
        put(
            "api/v1/threads/" + id + "/status",
            "{\"status\":\"ANSWERED\",\"reason\":\"x x\"}",
            token("official")),
        400);
    assertThat(put("api/v1/threads/" + id + "/status", close, token("official")).statusCode())
        .isEqualTo(200);
    assertThat(thread(id).getString("status")).isEqualTo("CLOSED");
    assertProblem(put("api/v1/threads/" + id + "/status", close, token("official")), 409);
    assertProblem(
        http.postJson(
            "api/v1/threads/" + id + "/posts", "{\"body\":\"Рақмет!\"}", token("resident")),
        409);

    assertThat(
            put(
                    "api/v1/threads/" + id + "/status",
                    "{\"status\":\"OPEN\",\"reason\":\"Қайта жабылды\"}",
                    token("official"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http.postJson(
                    "api/v1/threads/" + id + "/posts", "{\"body\":\"Рақмет!\"}", token("resident"))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void adminsSetABodysDescriptionThresholdAndDays() {
    String settings =
        "{\"description\":{\"kk\":\"Шолақсор\",\"ru\":\"Шолаксор\",\"en\":\"Sholaksor\"},"
            + "\"supportThreshold\":7,\"responseDays\":12}";
    assertProblem(put("api/v1/bodies/sholaksor-rural-district", settings, token("official")), 403);
    HttpResponse<String> bad =
        put(
            "api/v1/bodies/sholaksor-rural-district",
            "{\"supportThreshold\":0,\"responseDays\":400}",
            token("admin"));
    assertProblem(bad, 400);
    assertThat(bad.body())
        .contains("\"field\":\"supportThreshold\"")
        .contains("\"field\":\"responseDays\"");

    HttpResponse<String> saved =
        put("api/v1/bodies/sholaksor-rural-district", settings, token("admin"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject body = Json.parse(http.get("api/v1/bodies/sholaksor-rural-district").body());
    assertThat(body.getInt("supportThreshold")).isEqualTo(7);
    assertThat(body.getInt("responseDays")).isEqualTo(12);
    assertThat(body.getJsonObject("description").getString("ru")).isEqualTo("Шолаксор");
  }

  @Test
  void theBodyPageShowsItsOfficialsDescriptionAndFilters() {
    JsonObject body = Json.parse(http.get("api/v1/bodies/aktogay-district-akimat").body());
    assertThat(body.getInt("supportThreshold")).isEqualTo(4);
    assertThat(body.getJsonObject("description").getString("en")).contains("Aktogay District");
    assertThat(body.getJsonArray("officials").getValuesAs(JsonObject.class))
        .anySatisfy(o -> assertThat(o.getString("name")).isEqualTo("Серік Әбдірахманов"));

    String page = http.get("/bodies/aktogay-district-akimat?lang=en&type=PROPOSAL").body();
    assertThat(page)
        .contains("Officials of the body")
        .contains("Серік Әбдірахманов")
        .contains("Awaiting an official response");
    assertThat(http.get("/bodies/aktogay-district-akimat?type=RUMOUR").statusCode()).isEqualTo(400);
  }

  @Test
  void aLongThreadIsReadInPagesOfAHundredPosts() {
    long id =
        open(
            "resident",
            "akzhol-rural-district",
            "DISCUSSION",
            "Ұзын талқылау " + UUID.randomUUID());
    String token = token("resident2");
    for (int i = 2; i <= 102; i++) {
      HttpResponse<String> reply =
          http.postJson("api/v1/threads/" + id + "/posts", "{\"body\":\"Жауап " + i + "\"}", token);
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    }
    JsonObject first = thread(id);
    assertThat(first.getJsonArray("posts")).hasSize(100);
    assertThat(first.getInt("postsNextAfter")).isEqualTo(100);
    JsonObject second = Json.parse(http.get("api/v1/threads/" + id + "?after=100").body());
    assertThat(second.getJsonArray("posts").stream().map(p -> p.asJsonObject().getInt("number")))
        .containsExactly(1, 101, 102);
    assertThat(second.isNull("postsNextAfter")).isTrue();
    assertProblem(http.get("api/v1/threads/" + id + "?after=-1"), 400);

    String page = http.get("threads/" + id).body();
    assertThat(page).contains("?after=100").contains("Жауап 100").doesNotContain("Жауап 101<");
    assertThat(http.get("threads/" + id + "?after=100").body()).contains("Жауап 102");
  }
}
