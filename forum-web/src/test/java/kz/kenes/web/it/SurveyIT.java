package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Surveys and the leader rating on the real stack with real tokens (issue 15, items 6-7): the "Done
 * when" line (results 403 until the survey closes, for everyone, then the counts of the answers
 * given), every endpoint's refusals, one response per person online and on paper even when two
 * arrive at once, free text shown only once a moderator approves it, a CSV without identities, the
 * closing time closing the survey, and a closed leader rating giving each leader the year's
 * average.
 */
@KenesIT
class SurveyIT {
  static final String RURAL = "aktogay-rural-district";
  static final String CLOSES = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(10).toString();

  Kenes kenes;
  Http http;

  static String surveyJson(String closesAt) {
    return "{\"title\":{\"kk\":\"Жол сауалнамасы\",\"ru\":\"Опрос о дорогах\",\"en\":\"Roads"
        + " survey\"},\"closesAt\":\""
        + closesAt
        + "\",\"questions\":["
        + "{\"key\":\"road\",\"type\":\"SINGLE_CHOICE\",\"text\":\"Қай жол бірінші?\",\"options\":"
        + "[\"school\",{\"key\":\"clinic\",\"label\":{\"kk\":\"Емхана\",\"ru\":\"Поликлиника\","
        + "\"en\":\"Clinic\"}}]},"
        + "{\"key\":\"problems\",\"type\":\"MULTIPLE_CHOICE\",\"text\":\"Мәселелер\",\"options\":"
        + "[\"water\",\"light\",\"buses\"]},"
        + "{\"key\":\"mark\",\"type\":\"RATING\",\"text\":{\"kk\":\"Баға\",\"ru\":\"Оценка\","
        + "\"en\":\"Mark\"}},"
        + "{\"key\":\"word\",\"type\":\"SHORT_TEXT\",\"text\":\"Бір сөз\",\"optional\":true},"
        + "{\"key\":\"idea\",\"type\":\"LONG_TEXT\",\"text\":\"Ұсыныс\",\"optional\":true}]}";
  }

  static String answers(String road, String problems, int mark, String word) {
    return "{\"answers\":{\"road\":\""
        + road
        + "\",\"problems\":"
        + problems
        + ",\"mark\":"
        + mark
        + (word == null ? "" : ",\"word\":\"" + word + "\"")
        + "}}";
  }

  private long publish(String body, String user) {
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + body + "/surveys", surveyJson(CLOSES), kenes.tokenFor(user));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject json = Json.parse(created.body());
    assertThat(json.getString("status")).isEqualTo("OPEN");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/surveys/" + json.getJsonNumber("id").longValue()));
    return json.getJsonNumber("id").longValue();
  }

  private HttpResponse<String> respond(long survey, String json, String user) {
    return http.postJson(
        "api/v1/surveys/" + survey + "/responses",
        json,
        user == null ? null : kenes.tokenFor(user));
  }

  private HttpResponse<String> paper(long survey, String phone, String user) {
    return http.postJson(
        "api/v1/surveys/" + survey + "/paper-responses",
        "{\"phone\":\"" + phone + "\"," + answers("clinic", "[\"water\"]", 3, null).substring(1),
        kenes.tokenFor(user));
  }

  private HttpResponse<String> close(long survey, String user) {
    return http.postJson(
        "api/v1/surveys/" + survey + "/transitions",
        "{\"to\":\"CLOSED\",\"reason\":\"Мерзімі бітті\"}",
        user == null ? null : kenes.tokenFor(user));
  }

  @Test
  void resultsAreForbiddenToEveryoneUntilTheSurveyClosesThenShowTheCountsOfTheAnswersGiven() {
    // `official` serves the district akimat, above the rural district
    long id = publish(RURAL, "official");
    assertThat(
            respond(id, answers("school", "[\"water\",\"buses\"]", 5, "Жол"), "resident")
                .statusCode())
        .isEqualTo(201);
    assertThat(respond(id, answers("clinic", "[\"water\"]", 4, null), "resident2").statusCode())
        .isEqualTo(201);
    assertThat(respond(id, answers("school", "[\"light\"]", 2, null), "resident3").statusCode())
        .isEqualTo(201);
    assertProblem(respond(id, answers("school", "[\"light\"]", 2, null), "resident"), 409);

    assertProblem(http.get("api/v1/surveys/" + id + "/results"), 403);
    for (String user : List.of("resident", "official", "moderator", "admin")) {
      assertProblem(http.get("api/v1/surveys/" + id + "/results", kenes.tokenFor(user)), 403);
      assertProblem(http.get("api/v1/surveys/" + id + "/results.csv", kenes.tokenFor(user)), 403);
    }
    assertThat(http.get("surveys/" + id + "?lang=en").body())
        .contains("Results are shown only once the survey has closed")
        .doesNotContain("id=\"results\"");

    assertProblem(close(id, "resident"), 403);
    assertProblem(close(id, null), 401);
    HttpResponse<String> closed = close(id, "official");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(Json.parse(closed.body()).getString("status")).isEqualTo("CLOSED");
    assertProblem(close(id, "official"), 409);
    assertProblem(respond(id, answers("school", "[\"light\"]", 2, null), "resident4"), 409);

    HttpResponse<String> results = http.get("api/v1/surveys/" + id + "/results");
    assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
    JsonObject r = Json.parse(results.body());
    assertThat(r.getInt("responses")).isEqualTo(3);
    assertThat(r.getJsonObject("channels").getInt("online")).isEqualTo(3);
    var questions = r.getJsonArray("questions");
    JsonObject road = questions.getJsonObject(0);
    assertThat(road.getString("key")).isEqualTo("road");
    assertThat(road.getJsonObject("counts").getInt("school")).isEqualTo(2);
    assertThat(road.getJsonObject("counts").getInt("clinic")).isEqualTo(1);
    JsonObject problems = questions.getJsonObject(1);
    assertThat(problems.getJsonObject("counts").getInt("water")).isEqualTo(2);
    assertThat(problems.getJsonObject("counts").getInt("light")).isEqualTo(1);
    assertThat(problems.getJsonObject("counts").getInt("buses")).isEqualTo(1);
    JsonObject mark = questions.getJsonObject(2);
    assertThat(mark.getJsonNumber("average").doubleValue()).isEqualTo(3.67);
    // the free text waits for a moderator: not in the results yet
    assertThat(questions.getJsonObject(3).getJsonArray("texts")).isEmpty();

    // the page: the chart and the same figures in a table, in the three languages
    HttpResponse<String> page = http.get("surveys/" + id + "?lang=ru");
    assertThat(page.body())
        .contains("<svg")
        .contains("Ответили: 3 (онлайн 3, на бумаге 0)")
        .contains("data-key=\"school\"><td><bdi>school</bdi></td><td class=\"count\">2</td>");
    assertThat(http.get("surveys/" + id + "?lang=kk").body()).contains("Нәтижелер");
    assertThat(http.get("surveys/" + id + "?lang=en").body()).contains("Average: 3.67");
  }

  @Test
  void freeTextIsShownOnlyOnceAModeratorOfTheBodyApprovesItAndTheCsvNamesNobody() {
    long id = publish(RURAL, "official");
    respond(id, answers("school", "[\"water\"]", 5, "Көпір керек"), "resident");
    respond(id, answers("school", "[\"water\"]", 4, "=cmd|' /C calc'!A0"), "resident2");
    // before the close not even the moderator reads the texts
    assertProblem(http.get("api/v1/surveys/" + id + "/texts", kenes.tokenFor("moderator")), 409);
    close(id, "official");
    assertProblem(http.get("api/v1/surveys/" + id + "/texts"), 401);
    for (String user : List.of("resident", "official", "official2")) {
      assertProblem(http.get("api/v1/surveys/" + id + "/texts", kenes.tokenFor(user)), 403);
    }
    HttpResponse<String> queue =
        http.get("api/v1/surveys/" + id + "/texts", kenes.tokenFor("moderator"));
    assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
    var texts = Json.structure(queue.body()).asJsonArray();
    assertThat(texts).hasSize(2);
    assertThat(queue.body()).doesNotContain("resident");
    long first = -1;
    long second = -1;
    for (var t : texts) {
      JsonObject o = t.asJsonObject();
      if (o.getString("text").equals("Көпір керек")) {
        first = o.getJsonNumber("id").longValue();
      } else {
        second = o.getJsonNumber("id").longValue();
      }
    }
    String path = "api/v1/surveys/" + id + "/texts/";
    assertProblem(
        http.postJson(path + first, "{\"decision\":\"APPROVED\"}", kenes.tokenFor("resident")),
        403);
    assertProblem(
        http.postJson(path + first, "{\"decision\":\"MAYBE\"}", kenes.tokenFor("moderator")), 400);
    assertProblem(
        http.postJson(path + 987654321, "{\"decision\":\"APPROVED\"}", kenes.tokenFor("moderator")),
        404);
    assertThat(
            http.postJson(path + first, "{\"decision\":\"APPROVED\"}", kenes.tokenFor("moderator"))
                .statusCode())
        .isEqualTo(200);
    assertProblem(
        http.postJson(path + first, "{\"decision\":\"REJECTED\"}", kenes.tokenFor("moderator")),
        409);
    assertThat(
            http.postJson(path + second, "{\"decision\":\"APPROVED\"}", kenes.tokenFor("admin"))
                .statusCode())
        .isEqualTo(200);

    JsonObject results = Json.parse(http.get("api/v1/surveys/" + id + "/results").body());
    // both approved texts, in the order of their text (never of their arrival, which would tell
    // whose they are)
    assertThat(
            results
                .getJsonArray("questions")
                .getJsonObject(3)
                .getJsonArray("texts")
                .getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("=cmd|' /C calc'!A0", "Көпір керек");

    HttpResponse<String> csv = http.get("api/v1/surveys/" + id + "/results.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body())
        .contains("response,channel,road,problems,mark,word,idea")
        .contains("Көпір керек")
        .contains("'=cmd")
        .doesNotContain("resident")
        .doesNotContain("+7701");
    assertThat(csv.body().split("\r\n")).hasSize(3);
  }

  @Test
  void everyEndpointRefusesWhatItMust() {
    String create = "api/v1/bodies/" + RURAL + "/surveys";
    assertProblem(http.postJson(create, surveyJson(CLOSES), null), 401);
    assertProblem(http.postJson(create, surveyJson(CLOSES), kenes.tokenFor("resident")), 403);
    assertProblem(http.postJson(create, surveyJson(CLOSES), kenes.tokenFor("official2")), 403);
    assertProblem(http.postJson(create, surveyJson(CLOSES), kenes.tokenFor("operator")), 403);
    assertProblem(
        http.postJson(
            "api/v1/bodies/no-such-body/surveys", surveyJson(CLOSES), kenes.tokenFor("admin")),
        404);
    HttpResponse<String> bad =
        http.postJson(
            create,
            surveyJson("2020-01-01")
                .replace("\"RATING\"", "\"STARS\"")
                .replace("\"school\",", "\"School!\","),
            kenes.tokenFor("official"));
    assertProblem(bad, 400);
    assertThat(bad.body())
        .contains("\"closesAt\"")
        .contains("questions[2].type")
        .contains("questions[0].options[0].key");
    assertProblem(
        http.postJson(
            create,
            "{\"title\":5,\"closesAt\":\"" + CLOSES + "\",\"questions\":[]}",
            kenes.tokenFor("official")),
        400);
    // the moderator of the district akimat publishes too
    long id = publish(RURAL, "moderator");

    assertProblem(respond(id, answers("school", "[\"water\"]", 4, null), null), 401);
    assertProblem(respond(987654321, answers("school", "[\"water\"]", 4, null), "resident"), 404);
    HttpResponse<String> badAnswer =
        respond(id, answers("nowhere", "[\"water\",\"water\"]", 6, null), "resident");
    assertProblem(badAnswer, 400);
    assertThat(badAnswer.body())
        .contains("answers.road")
        .contains("answers.problems")
        .contains("answers.mark");
    assertProblem(
        respond(
            id,
            "{\"answers\":{\"road\":\"school\",\"problems\":[\"water\"],\"mark\":3,\"ghost\":1}}",
            "resident"),
        400);
    assertThat(respond(id, answers("school", "[\"water\"]", 4, null), "resident").statusCode())
        .isEqualTo(201);

    assertThat(http.get("api/v1/surveys/" + id).statusCode()).isEqualTo(200);
    assertProblem(http.get("api/v1/surveys/987654321"), 404);
    assertProblem(http.get("api/v1/surveys/987654321/results"), 404);
    assertThat(http.get("api/v1/bodies/" + RURAL + "/surveys").body()).contains("\"id\":" + id);

    assertProblem(
        http.postJson(
            "api/v1/surveys/" + id + "/transitions",
            "{\"to\":\"ARCHIVED\"}",
            kenes.tokenFor("official")),
        400);
    assertProblem(
        http.postJson(
            "api/v1/surveys/" + id + "/transitions",
            "{\"to\":\"OPEN\"}",
            kenes.tokenFor("official")),
        409);
    assertProblem(close(id, "official2"), 403);
    assertProblem(close(987654321, "official"), 404);
  }

  @Test
  void aPhoneAnswersOnceWhetherOnPaperOrOnline() {
    long id = publish(RURAL, "official");
    assertProblem(paper(id, "+77015550101", "resident"), 403);
    assertProblem(paper(id, "+77015550101", "official2"), 403);
    assertProblem(paper(id, "12345", "operator"), 400);
    assertThat(paper(id, "8 701 555 01 01", "operator").statusCode()).isEqualTo(201);
    // the same number written another way
    HttpResponse<String> again = paper(id, "+7 (701) 555-01-01", "official");
    assertProblem(again, 409);
    // resident2 answers online (verified +77010000002); then their number on paper is refused
    assertThat(respond(id, answers("school", "[\"water\"]", 4, null), "resident2").statusCode())
        .isEqualTo(201);
    assertProblem(paper(id, "+77010000002", "operator"), 409);
    // resident3's number answered on paper: resident3 cannot answer online
    assertThat(paper(id, "+77010000003", "operator").statusCode()).isEqualTo(201);
    assertProblem(respond(id, answers("school", "[\"water\"]", 4, null), "resident3"), 409);

    close(id, "official");
    JsonObject r = Json.parse(http.get("api/v1/surveys/" + id + "/results").body());
    assertThat(r.getInt("responses")).isEqualTo(3);
    assertThat(r.getJsonObject("channels").getInt("paper")).isEqualTo(2);
    assertThat(r.getJsonObject("channels").getInt("online")).isEqualTo(1);
    assertProblem(paper(id, "+77015550199", "operator"), 409);

    // the audit keeps the operator and the number masked
    HttpResponse<String> audit =
        http.get("api/v1/admin/audit?action=survey.paper-response", kenes.tokenFor("admin"));
    assertThat(audit.body()).contains("+7701***0101").doesNotContain("+77015550101");
  }

  @Test
  void ofConcurrentResponsesOfOnePersonExactlyOneIsKept() throws Exception {
    for (int round = 0; round < 3; round++) {
      long id = publish(RURAL, "official");
      String token = kenes.tokenFor("resident4");
      String operator = kenes.tokenFor("operator");
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(
            () ->
                http.postJson(
                        "api/v1/surveys/" + id + "/responses",
                        answers("school", "[\"water\"]", 3, null),
                        token)
                    .statusCode());
      }
      // resident4's verified number on paper at the same moment
      calls.add(
          () ->
              http.postJson(
                      "api/v1/surveys/" + id + "/paper-responses",
                      "{\"phone\":\"+77010000004\","
                          + answers("clinic", "[\"light\"]", 1, null).substring(1),
                      operator)
                  .statusCode());
      ExecutorService pool = Executors.newFixedThreadPool(calls.size());
      List<Integer> statuses = new ArrayList<>();
      try {
        for (Future<Integer> f : pool.invokeAll(calls)) {
          statuses.add(f.get());
        }
      } finally {
        pool.shutdown();
      }
      assertThat(statuses).as("round %d", round).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201)).as("round %d", round).hasSize(1);
      close(id, "official");
      assertThat(
              Json.parse(http.get("api/v1/surveys/" + id + "/results").body()).getInt("responses"))
          .isEqualTo(1);
    }
  }

  @Test
  void aSurveyWhoseClosingTimePassedIsClosedAndShowsItsResults() throws Exception {
    Instant closes = Instant.now().plusSeconds(4);
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + RURAL + "/surveys",
            surveyJson(closes.toString()),
            kenes.tokenFor("official"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();
    assertThat(respond(id, answers("school", "[\"water\"]", 5, null), "resident").statusCode())
        .isEqualTo(201);
    assertProblem(http.get("api/v1/surveys/" + id + "/results"), 403);
    Thread.sleep(Math.max(0, closes.toEpochMilli() - System.currentTimeMillis()) + 500);
    assertProblem(respond(id, answers("school", "[\"water\"]", 5, null), "resident2"), 409);
    HttpResponse<String> results = http.get("api/v1/surveys/" + id + "/results");
    assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
    assertThat(Json.parse(results.body()).getInt("responses")).isEqualTo(1);
    JsonObject survey = Json.parse(http.get("api/v1/surveys/" + id).body());
    assertThat(survey.getString("status")).isEqualTo("CLOSED");
    assertThat(survey.getJsonArray("history")).hasSize(2);
  }

  @Test
  void readersArrivingTogetherAtTheClosingTimeCloseTheLeaderRatingOnce() throws Exception {
    String slug = kenes.newRuralDistrict("closing");
    HttpResponse<String> akim =
        http.postJson(
            "api/v1/bodies/" + slug + "/leaders",
            "{\"name\":\"Ержан Қасымов\",\"position\":\"Әкім\"}",
            kenes.tokenFor("official"));
    long akimId = Json.parse(akim.body()).getJsonNumber("id").longValue();
    int year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
    Instant closes = Instant.now().plusSeconds(5);
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + slug + "/leader-ratings",
            "{\"year\":" + year + ",\"closesAt\":\"" + closes + "\"}",
            kenes.tokenFor("official"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();
    HttpResponse<String> answered =
        respond(id, "{\"answers\":{\"leader-" + akimId + "-openness\":4}}", "resident");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
    // a response that answers none of the (all optional) questions is refused, not counted
    assertProblem(respond(id, "{\"answers\":{}}", "resident2"), 400);
    Thread.sleep(Math.max(0, closes.toEpochMilli() - System.currentTimeMillis()) + 300);

    // twelve readers at once, of the survey, the body's list and the results: each may be the
    // first to see the closing time pass
    List<Callable<HttpResponse<String>>> reads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reads.add(() -> http.get("api/v1/surveys/" + id));
      reads.add(() -> http.get("api/v1/bodies/" + slug + "/surveys"));
      reads.add(() -> http.get("api/v1/surveys/" + id + "/results"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(reads.size());
    try {
      for (Future<HttpResponse<String>> read : pool.invokeAll(reads)) {
        assertThat(read.get().statusCode()).as(read.get().body()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    JsonObject survey = Json.parse(http.get("api/v1/surveys/" + id).body());
    assertThat(survey.getString("status")).isEqualTo("CLOSED");
    assertThat(survey.getJsonArray("history")).hasSize(2);
    var ratings =
        Json.structure(http.get("api/v1/bodies/" + slug + "/leaders").body())
            .asJsonArray()
            .getJsonObject(0)
            .getJsonArray("ratings");
    assertThat(ratings).hasSize(1);
    assertThat(ratings.getJsonObject(0).getInt("responses")).isEqualTo(1);
  }

  @Test
  void aClosedLeaderRatingGivesEachLeaderTheYearsAverageOnceAYear() {
    String slug = kenes.newRuralDistrict("rating");
    int year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
    String start = "api/v1/bodies/" + slug + "/leader-ratings";
    String rating = "{\"year\":" + year + ",\"closesAt\":\"" + CLOSES + "\"}";
    assertProblem(http.postJson(start, rating, kenes.tokenFor("official")), 409); // no leaders yet
    String leaders = "api/v1/bodies/" + slug + "/leaders";
    assertProblem(
        http.postJson(
            leaders,
            "{\"name\":\"Ержан Қасымов\",\"position\":\"Әкім\"}",
            kenes.tokenFor("resident")),
        403);
    assertProblem(
        http.postJson(
            leaders, "{\"name\":\"Е\",\"position\":\"Әкім\"}", kenes.tokenFor("official")),
        400);
    HttpResponse<String> akim =
        http.postJson(
            leaders,
            "{\"name\":\"Ержан Қасымов\",\"position\":{\"kk\":\"Әкім\",\"ru\":\"Аким\",\"en\":\"Akim\"}}",
            kenes.tokenFor("official"));
    assertThat(akim.statusCode()).as(akim.body()).isEqualTo(201);
    long akimId = Json.parse(akim.body()).getJsonNumber("id").longValue();
    HttpResponse<String> deputy =
        http.postJson(
            leaders,
            "{\"name\":\"Айгүл Тоқтарова\",\"position\":\"Депутат\"}",
            kenes.tokenFor("admin"));
    long deputyId = Json.parse(deputy.body()).getJsonNumber("id").longValue();

    assertProblem(http.postJson(start, rating, kenes.tokenFor("resident")), 403);
    assertProblem(
        http.postJson(
            start, "{\"year\":1990,\"closesAt\":\"" + CLOSES + "\"}", kenes.tokenFor("official")),
        400);
    HttpResponse<String> created = http.postJson(start, rating, kenes.tokenFor("official"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();
    assertProblem(http.postJson(start, rating, kenes.tokenFor("official")), 409);

    JsonObject survey = Json.parse(http.get("api/v1/surveys/" + id).body());
    assertThat(survey.getString("kind")).isEqualTo("LEADER_RATING");
    assertThat(survey.getJsonArray("questions")).hasSize(6);
    String a = "leader-" + akimId + "-";
    String d = "leader-" + deputyId + "-";
    respond(
        id,
        "{\"answers\":{\""
            + a
            + "openness\":5,\""
            + a
            + "responsiveness\":4,\""
            + a
            + "results\":3,\""
            + d
            + "openness\":2}}",
        "resident");
    respond(
        id,
        "{\"answers\":{\""
            + a
            + "openness\":4,\""
            + a
            + "responsiveness\":4,\""
            + a
            + "results\":4}}",
        "resident2");
    close(id, "official");

    var list = Json.structure(http.get(leaders).body()).asJsonArray();
    JsonObject akimView = list.getJsonObject(0);
    assertThat(akimView.getString("name")).isEqualTo("Ержан Қасымов");
    assertThat(akimView.getJsonArray("ratings").getJsonObject(0).getInt("year")).isEqualTo(year);
    assertThat(
            akimView
                .getJsonArray("ratings")
                .getJsonObject(0)
                .getJsonNumber("average")
                .doubleValue())
        .isEqualTo(4.0);
    assertThat(akimView.getJsonArray("ratings").getJsonObject(0).getInt("responses")).isEqualTo(2);
    assertThat(
            list.getJsonObject(1)
                .getJsonArray("ratings")
                .getJsonObject(0)
                .getJsonNumber("average")
                .doubleValue())
        .isEqualTo(2.0);

    // leaders are edited by officials and admins; a former leader keeps the ratings
    HttpRequest put =
        http.request("api/v1/leaders/" + deputyId)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + kenes.tokenFor("official"))
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\"Айгүл Тоқтарова\",\"position\":\"Депутат\",\"active\":false}"))
            .build();
    HttpResponse<String> changed = http.send(put);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Json.parse(changed.body()).getBoolean("active")).isFalse();
    assertThat(http.get("bodies/" + slug + "?lang=en").body())
        .contains("Leader ratings")
        .contains("Ержан Қасымов")
        .contains("4.00");
  }

  @Test
  void theDemoBodiesShowTheirLeadersRatingsAcrossYearsAndTheResidentsSurvey() {
    var list = Json.structure(http.get("api/v1/bodies/" + RURAL + "/leaders").body()).asJsonArray();
    assertThat(list).isNotEmpty();
    JsonObject akim = list.getJsonObject(0);
    assertThat(akim.getJsonArray("ratings")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(akim.getJsonNumber("trend").doubleValue()).isEqualTo(0.4);
    assertThat(http.get("bodies/" + RURAL + "?lang=kk").body()).contains("Басшылар рейтингі");
    assertThat(http.get("bodies/" + RURAL + "?lang=en").body()).contains("▲ +0.40");
    var surveys =
        Json.structure(http.get("api/v1/bodies/" + RURAL + "/surveys").body()).asJsonArray();
    long residents =
        surveys.stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getJsonObject("title").getString("en").startsWith("Residents' survey"))
            .mapToLong(s -> s.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    assertThat(http.get("api/v1/surveys/" + residents).body())
        .contains("knows-deputy")
        .contains("news-source");
  }
}
