package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static kz.kenes.web.it.ApiIT.threadJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Confirmed-information cards, following and notifications through the API and the pages. */
@KenesIT
class ClaimsAndFollowsIT {
  Kenes kenes;
  Http http;

  private String token(String user) {
    return kenes.tokenFor(user);
  }

  private long open(String user, String slug, String title) {
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + slug + "/threads",
            threadJson("QUESTION", title, "Рас па?", "OTHER"),
            token(user));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.parse(created.body()).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> send(String method, String path, String user) {
    HttpRequest.Builder request =
        http.request(path).method(method, HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      request.header("Authorization", "Bearer " + token(user));
    }
    return http.send(request.build());
  }

  @Test
  void anOfficialCardMeetsTheRumourOnEveryThreadItIsAttachedTo() {
    long first =
        open(
            "resident",
            "zhalauly-rural-district",
            "Мектеп жабылады деген рас па? " + UUID.randomUUID());
    long second =
        open("resident2", "zhalauly-rural-district", "Школу закроют? " + UUID.randomUUID());
    String claim = "Мектеп жабылады </script><script>alert(1)</script>";
    String card =
        "{\"claim\":"
            + quote(claim)
            + ",\"verdict\":\"FALSE\",\"explanation\":\"Мектеп **жабылмайды**.\","
            + "\"evidence\":[\"https://pavlodar.gov.kz/school\"]}";

    assertProblem(
        http.postJson(
            "api/v1/bodies/zhalauly-rural-district/claim-reviews", card, token("resident")),
        403);
    assertProblem(
        http.postJson("api/v1/bodies/zhalauly-rural-district/claim-reviews", card, null), 401);
    HttpResponse<String> bad =
        http.postJson(
            "api/v1/bodies/zhalauly-rural-district/claim-reviews",
            "{\"claim\":\"x\",\"verdict\":\"LIE\",\"explanation\":\"ok ok\",\"evidence\":[\"javascript:alert(1)\"]}",
            token("official"));
    assertProblem(bad, 400);
    assertThat(bad.body())
        .contains("\"field\":\"claim\"")
        .contains("\"field\":\"verdict\"")
        .contains("\"field\":\"evidence\"");

    HttpResponse<String> published =
        http.postJson(
            "api/v1/bodies/zhalauly-rural-district/claim-reviews", card, token("official"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    long cardId = Json.parse(published.body()).getJsonNumber("id").longValue();

    assertThat(
            http.postJson(
                    "api/v1/threads/" + first + "/claim-reviews/" + cardId, "", token("official"))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            http.postJson(
                    "api/v1/threads/" + first + "/claim-reviews/" + cardId, "", token("official"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http.postJson(
                    "api/v1/threads/" + second + "/claim-reviews/" + cardId, "", token("official"))
                .statusCode())
        .isEqualTo(201);
    assertProblem(
        http.postJson(
            "api/v1/threads/" + second + "/claim-reviews/" + cardId, "", token("resident")),
        403);

    for (long thread : List.of(first, second)) {
      JsonObject json = Json.parse(http.get("api/v1/threads/" + thread).body());
      assertThat(json.getJsonArray("claimReviews").getValuesAs(JsonObject.class))
          .anySatisfy(
              c -> {
                assertThat(c.getString("verdict")).isEqualTo("FALSE");
                assertThat(c.getJsonObject("official").getString("name"))
                    .isEqualTo("Серік Әбдірахманов");
              });
      String page = http.get("/threads/" + thread + "?lang=en").body();
      assertThat(page).contains("application/ld+json").contains("ClaimReview").contains("False");
      assertThat(page.toLowerCase()).doesNotContain("<script>alert");
      int ld = page.indexOf("application/ld+json");
      String jsonLd = page.substring(page.indexOf('>', ld) + 1, page.indexOf("</script>", ld));
      assertThat(jsonLd).doesNotContain("<").contains("\\u003c");
    }
    assertThat(http.get("/bodies/zhalauly-rural-district").body()).contains("claim-" + cardId);
  }

  @Test
  void followersHearOfTheOfficialAnswerAndNobodyReadsAnothersNotifications() {
    long thread =
        open("resident3", "akzhol-rural-district", "Когда починят мост? " + UUID.randomUUID());
    assertThat(send("PUT", "api/v1/threads/" + thread + "/follow", "resident4").statusCode())
        .isEqualTo(204);
    assertThat(send("PUT", "api/v1/threads/" + thread + "/follow", "resident4").statusCode())
        .isEqualTo(204);
    assertProblem(send("PUT", "api/v1/threads/" + thread + "/follow", null), 401);
    assertProblem(send("PUT", "api/v1/threads/987654321/follow", "resident4"), 404);
    assertProblem(send("PUT", "api/v1/bodies/no-such-body/follow", "resident4"), 404);
    assertThat(http.get("api/v1/me/follows", token("resident4")).body())
        .contains(String.valueOf(thread));

    HttpResponse<String> answered =
        http.send(
            http.request("api/v1/threads/" + thread + "/official-answer")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token("official"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"body\":\"Мост починят к маю.\"}"))
                .build());
    assertThat(answered.statusCode()).isEqualTo(201);

    for (String user : List.of("resident3", "resident4")) {
      List<JsonObject> mine =
          Json.structure(http.get("api/v1/notifications?unread=true", token(user)).body())
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      assertThat(mine)
          .as(user)
          .anySatisfy(
              n -> {
                assertThat(n.getString("kind")).isEqualTo("OFFICIAL_ANSWER");
                assertThat(threadOf(n)).isEqualTo(thread);
              });
    }
    List<JsonObject> officials =
        Json.structure(http.get("api/v1/notifications", token("official")).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    // an official's notifications include some without a thread (the weekly monitoring digest)
    assertThat(officials).noneMatch(n -> threadOf(n) == thread);

    long notification =
        Json.structure(http.get("api/v1/notifications?unread=true", token("resident4")).body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertProblem(send("POST", "api/v1/notifications/" + notification + "/read", "resident3"), 404);
    assertThat(
            send("POST", "api/v1/notifications/" + notification + "/read", "resident4")
                .statusCode())
        .isEqualTo(204);
    assertThat(send("DELETE", "api/v1/threads/" + thread + "/follow", "resident4").statusCode())
        .isEqualTo(204);
  }

  /** A notification's thread id, or -1 for one without a thread (threadId null). */
  private static long threadOf(JsonObject notification) {
    return notification.isNull("threadId")
        ? -1
        : notification.getJsonNumber("threadId").longValue();
  }
}
