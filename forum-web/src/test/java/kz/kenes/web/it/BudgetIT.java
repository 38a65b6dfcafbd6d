package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The participatory budget through the API with real Keycloak tokens (issue 15): the "Done when"
 * scenario on the demo rural district, the refusals of every endpoint, one voter's concurrent
 * ballots and a paper ballot racing an online one for the same phone.
 */
@KenesIT
class BudgetIT {
  Kenes kenes;
  Http http;

  private String token(String user) {
    return kenes.tokenFor(user);
  }

  private static long id(HttpResponse<String> response) {
    return Json.parse(response.body()).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }

  private HttpResponse<String> create(String slug, int year, String extra) {
    return http.postJson(
        "api/v1/bodies/" + slug + "/budgets",
        "{\"year\":"
            + year
            + ",\"amount\":10000000,\"rule\":\"KNAPSACK\",\"minShare\":50,"
            + "\"villages\":[\"Ақтоғай\",\"Жалаулы\"],\"populations\":{\"Ақтоғай\":1000,"
            + "\"Жалаулы\":200}"
            + extra
            + "}",
        token("official"));
  }

  private HttpResponse<String> move(long budget, String to) {
    return http.postJson(
        "api/v1/budgets/" + budget + "/transitions", "{\"to\":\"" + to + "\"}", token("official"));
  }

  private HttpResponse<String> propose(long budget, String user, String title, long cost) {
    return http.postJson(
        "api/v1/budgets/" + budget + "/projects",
        "{\"title\":\""
            + title
            + "\",\"description\":\"Ауыл тұрғындары үшін қажетті жоба, толығырақ талқылауда.\","
            + "\"village\":\"Ақтоғай\",\"cost\":"
            + cost
            + "}",
        token(user));
  }

  private HttpResponse<String> review(long budget, long project, long cost) {
    return http.postJson(
        "api/v1/budgets/" + budget + "/projects/" + project + "/review",
        "{\"decision\":\"FEASIBLE\",\"cost\":" + cost + "}",
        token("official"));
  }

  private HttpResponse<String> vote(long budget, String user, long... projects) {
    return http.putJson(
        "api/v1/budgets/" + budget + "/ballot",
        "{\"projectIds\":" + ids(projects) + ",\"village\":\"Ақтоғай\"}",
        token(user));
  }

  private HttpResponse<String> paper(long budget, String user, String phone, long... projects) {
    return http.postJson(
        "api/v1/budgets/" + budget + "/paper-ballots",
        "{\"phone\":\""
            + phone
            + "\",\"projectIds\":"
            + ids(projects)
            + ",\"village\":\"Жалаулы\"}",
        token(user));
  }

  private static String ids(long... projects) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < projects.length; i++) {
      s.append(i == 0 ? "" : ",").append(projects[i]);
    }
    return s.append(']').toString();
  }

  /** A budget of a fresh district in VOTING with two feasible projects (6 and 5 million). */
  private long[] votingBudget() {
    String slug = kenes.newRuralDistrict("budget");
    long budget = id(expect(create(slug, 2030, ""), 201));
    expect(move(budget, "PROPOSALS"), 200);
    long a = id(expect(propose(budget, "resident", "Көше шамдары", 6_000_000), 201));
    long b = id(expect(propose(budget, "resident2", "Балалар алаңы", 5_000_000), 201));
    expect(move(budget, "REVIEW"), 200);
    expect(review(budget, a, 6_000_000), 200);
    expect(review(budget, b, 5_000_000), 200);
    expect(move(budget, "VOTING"), 200);
    return new long[] {budget, a, b};
  }

  @Test
  void doneWhenTheDistrictDecidesAndTheResultsFollowTheRule() {
    int year = 2040 + ThreadLocalRandom.current().nextInt(60);
    HttpResponse<String> created = create("aktogay-rural-district", year, "");
    assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    while (created.statusCode() == 409) {
      year = 2040 + ThreadLocalRandom.current().nextInt(60);
      created = create("aktogay-rural-district", year, "");
    }
    JsonObject budget = Json.parse(created.body());
    assertThat(budget.getString("status")).isEqualTo("DRAFT");
    long id = budget.getJsonNumber("id").longValue();
    expect(move(id, "PROPOSALS"), 200);

    // residents propose; each project opens a discussion thread of the district
    long lights = id(expect(propose(id, "resident", "Көше шамдары", 7_000_000), 201));
    long park = id(expect(propose(id, "resident2", "Балалар алаңы", 4_000_000), 201));
    long well = id(expect(propose(id, "resident2", "Жаңа құдық", 2_500_000), 201));
    JsonObject read = Json.parse(expect(http.get("api/v1/budgets/" + id), 200).body());
    long thread =
        read.getJsonArray("projects").getJsonObject(0).getJsonNumber("threadId").longValue();
    expect(http.get("api/v1/threads/" + thread), 200);

    // a ballot before voting is a conflict
    assertProblem(vote(id, "resident", lights), 409);

    expect(move(id, "REVIEW"), 200);
    expect(review(id, lights, 7_000_000), 200);
    expect(review(id, park, 4_000_000), 200);
    expect(review(id, well, 3_000_000), 200);
    expect(move(id, "VOTING"), 200);

    // an over-budget ballot names the rule: 7 + 4 million > 10 million
    HttpResponse<String> over = vote(id, "resident", lights, park);
    assertProblem(over, 400);
    assertThat(over.body()).contains("projectIds", "validation.budget.over-amount");
    // below the minimum share (50 % of 10 million): 3 million alone
    HttpResponse<String> below = vote(id, "resident", well);
    assertProblem(below, 400);
    assertThat(below.body()).contains("validation.budget.below-min-share");

    // three residents vote; the confirmation says exactly what was chosen
    JsonObject mine = Json.parse(expect(vote(id, "resident", lights, well), 200).body());
    assertThat(mine.getJsonArray("projectIds").getJsonNumber(0).longValue()).isEqualTo(lights);
    assertThat(mine.getJsonNumber("total").longValue()).isEqualTo(10_000_000);
    expect(vote(id, "resident2", park, well), 200);
    expect(vote(id, "resident3", lights), 200);
    // resident3 changes their mind while voting lasts
    expect(vote(id, "resident3", park, well), 200);
    JsonObject changed =
        Json.parse(
            expect(http.get("api/v1/budgets/" + id + "/ballot", token("resident3")), 200).body());
    assertThat(changed.getJsonArray("projectIds").size()).isEqualTo(2);
    // and each ballot was told in the notifications with exactly what it chose, newest first
    List<JsonObject> told = ballotNotices("resident3", id);
    assertThat(told).hasSize(2);
    assertThat(told.get(0).getString("title"))
        .startsWith("7\u00a0000\u00a0000\u00a0₸:")
        .contains(
            "Балалар алаңы (4\u00a0000\u00a0000\u00a0₸)", "Жаңа құдық (3\u00a0000\u00a0000\u00a0₸)")
        .doesNotContain("Көше шамдары");
    assertThat(told.get(1).getString("title")).contains("Көше шамдары").doesNotContain("құдық");

    // the operator enters a paper ballot for a phone; the same phone again is a conflict
    String phone = "+7705" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    HttpResponse<String> first = expect(paper(id, "operator", phone, park, well), 201);
    assertThat(first.body()).doesNotContain(phone.substring(5));
    HttpResponse<String> again = paper(id, "official", phone, lights);
    assertProblem(again, 409);
    assertThat(again.body()).contains("error-budget-phone-voted-on-paper");

    // officials see who voted, never what
    String voters =
        expect(http.get("api/v1/budgets/" + id + "/voters", token("official")), 200).body();
    assertThat(voters).contains("resident2", "PAPER").doesNotContain("projectIds", phone);

    // results are 409 before voting ends
    assertProblem(http.get("api/v1/budgets/" + id + "/results"), 409);
    expect(move(id, "RESULTS"), 200);

    // votes: well 4 (resident, resident2, resident3, paper), park 3 (resident2, resident3,
    // paper), lights 1. Funded in order: well (3 M, 7 M left), park (4 M, 3 M left); lights (7 M)
    // no longer fits.
    JsonObject results =
        Json.parse(expect(http.get("api/v1/budgets/" + id + "/results"), 200).body());
    List<JsonObject> lines = results.getJsonArray("projects").getValuesAs(JsonObject.class);
    assertThat(lines)
        .extracting(l -> l.getJsonNumber("id").longValue())
        .containsExactly(well, park, lights);
    assertThat(lines).extracting(l -> l.getInt("votes")).containsExactly(4, 3, 1);
    assertThat(lines).extracting(l -> l.getBoolean("funded")).containsExactly(true, true, false);
    assertThat(results.getJsonObject("ballots").getInt("online")).isEqualTo(3);
    assertThat(results.getJsonObject("ballots").getInt("paper")).isEqualTo(1);
    assertThat(results.getJsonArray("turnout").getJsonObject(0).getInt("ballots")).isEqualTo(3);

    HttpResponse<String> csv = expect(http.get("api/v1/budgets/" + id + "/results.csv"), 200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body())
        .contains("Жаңа құдық", "ONLINE,3", "PAPER,1")
        .doesNotContain("resident", phone);

    // implementation: reports on a funded project, refused for one that was not funded
    expect(move(id, "IMPLEMENTATION"), 200);
    String update =
        "{\"text\":\"Құдық қазылып жатыр.\",\"status\":\"IN_PROGRESS\",\"progress\":30,\"spent\":900000}";
    expect(
        http.postJson(
            "api/v1/budgets/" + id + "/projects/" + well + "/updates", update, token("official")),
        201);
    assertProblem(
        http.postJson(
            "api/v1/budgets/" + id + "/projects/" + lights + "/updates", update, token("official")),
        409);
    JsonObject after = Json.parse(expect(http.get("api/v1/budgets/" + id), 200).body());
    JsonObject wellView =
        after.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getJsonNumber("id").longValue() == well)
            .findFirst()
            .orElseThrow();
    assertThat(wellView.getInt("progress")).isEqualTo(30);
    assertThat(wellView.getJsonNumber("spent").longValue()).isEqualTo(900_000);
    assertThat(after.getJsonArray("history").size()).isEqualTo(6);
  }

  @Test
  void everyEndpointRefusesAsTheRulesSay() {
    String slug = kenes.newRuralDistrict("budget");
    String json = "{\"year\":2030,\"amount\":1000,\"rule\":\"KNAPSACK\",\"villages\":[\"А\"]}";
    assertProblem(http.postJson("api/v1/bodies/" + slug + "/budgets", json, null), 401);
    assertProblem(
        http.postJson("api/v1/bodies/" + slug + "/budgets", json, token("resident")), 403);
    assertProblem(
        http.postJson("api/v1/bodies/" + slug + "/budgets", json, token("official2")), 403);
    assertProblem(
        http.postJson("api/v1/bodies/no-such-body/budgets", json, token("official")), 404);
    HttpResponse<String> bad =
        http.postJson(
            "api/v1/bodies/" + slug + "/budgets",
            "{\"year\":1,\"amount\":-5,\"rule\":\"LOTTERY\",\"villages\":[]}",
            token("official"));
    assertProblem(bad, 400);
    assertThat(bad.body()).contains("\"year\"", "\"amount\"", "\"rule\"", "\"villages\"");
    assertProblem(
        http.postJson("api/v1/bodies/" + slug + "/budgets", "{not json", token("official")), 400);
    // a district akimat is not a rural district
    assertProblem(
        http.postJson("api/v1/bodies/aktogay-district-akimat/budgets", json, token("official")),
        409);
    long budget =
        id(
            expect(
                http.postJson("api/v1/bodies/" + slug + "/budgets", json, token("official")), 201));
    assertProblem(
        http.postJson("api/v1/bodies/" + slug + "/budgets", json, token("official")), 409);

    assertProblem(http.get("api/v1/budgets/987654321"), 404);
    assertProblem(
        http.postJson("api/v1/budgets/" + budget + "/transitions", "{\"to\":\"PROPOSALS\"}", null),
        401);
    assertProblem(
        http.postJson(
            "api/v1/budgets/" + budget + "/transitions",
            "{\"to\":\"PROPOSALS\"}",
            token("resident")),
        403);
    assertProblem(
        http.postJson(
            "api/v1/budgets/" + budget + "/transitions", "{\"to\":\"NOWHERE\"}", token("official")),
        400);
    assertProblem(
        http.postJson(
            "api/v1/budgets/" + budget + "/transitions", "{\"to\":\"VOTING\"}", token("official")),
        409);
    assertProblem(
        http.postJson(
            "api/v1/budgets/987654321/transitions", "{\"to\":\"PROPOSALS\"}", token("official")),
        404);

    String project =
        "{\"title\":\"Жаңа жоба\",\"description\":\"Ауылға қажетті жоба, толығырақ талқылауда.\","
            + "\"village\":\"А\",\"cost\":500}";
    assertProblem(http.postJson("api/v1/budgets/" + budget + "/projects", project, null), 401);
    assertProblem(
        http.postJson("api/v1/budgets/" + budget + "/projects", project, token("resident")), 409);
    expect(move(budget, "PROPOSALS"), 200);
    HttpResponse<String> badProject =
        http.postJson(
            "api/v1/budgets/" + budget + "/projects",
            "{\"title\":\"\",\"description\":\"қысқа\",\"village\":\"Б\",\"cost\":5000}",
            token("resident"));
    assertProblem(badProject, 400);
    assertThat(badProject.body())
        .contains("\"title\"", "\"description\"", "\"village\"", "\"cost\"");
    assertProblem(
        http.postJson("api/v1/budgets/987654321/projects", project, token("resident")), 404);
    long pid =
        id(
            expect(
                http.postJson("api/v1/budgets/" + budget + "/projects", project, token("resident")),
                201));

    String feasible = "{\"decision\":\"FEASIBLE\",\"cost\":600}";
    String reviewPath = "api/v1/budgets/" + budget + "/projects/" + pid + "/review";
    assertProblem(http.postJson(reviewPath, feasible, null), 401);
    assertProblem(http.postJson(reviewPath, feasible, token("resident")), 403);
    assertProblem(http.postJson(reviewPath, feasible, token("official")), 409);
    expect(move(budget, "REVIEW"), 200);
    assertProblem(http.postJson(reviewPath, "{\"decision\":\"REJECTED\"}", token("official")), 400);
    assertProblem(http.postJson(reviewPath, "{\"decision\":\"FEASIBLE\"}", token("official")), 400);
    assertProblem(
        http.postJson(
            "api/v1/budgets/" + budget + "/projects/987654321/review", feasible, token("official")),
        404);
    // voting needs every project reviewed
    assertProblem(move(budget, "VOTING"), 409);
    expect(http.postJson(reviewPath, feasible, token("official")), 200);
    expect(move(budget, "VOTING"), 200);

    String ballot = "{\"projectIds\":[" + pid + "],\"village\":\"А\"}";
    String ballotPath = "api/v1/budgets/" + budget + "/ballot";
    assertProblem(http.putJson(ballotPath, ballot, null), 401);
    // no verified phone: the official cannot vote online
    assertProblem(http.putJson(ballotPath, ballot, token("official")), 403);
    assertProblem(
        http.putJson(
            ballotPath, "{\"projectIds\":[987654321],\"village\":\"А\"}", token("resident")),
        400);
    assertProblem(
        http.putJson(ballotPath, "{\"projectIds\":[],\"village\":\"А\"}", token("resident")), 400);
    assertProblem(http.putJson(ballotPath, "{\"projectIds\":\"x\"}", token("resident")), 400);
    assertProblem(http.putJson("api/v1/budgets/987654321/ballot", ballot, token("resident")), 404);
    assertProblem(http.get(ballotPath, token("resident")), 404);

    String paperPath = "api/v1/budgets/" + budget + "/paper-ballots";
    String paper = "{\"phone\":\"+77017770999\",\"projectIds\":[" + pid + "],\"village\":\"А\"}";
    assertProblem(http.postJson(paperPath, paper, null), 401);
    assertProblem(http.postJson(paperPath, paper, token("resident")), 403);
    assertProblem(http.postJson(paperPath, paper, token("official2")), 403);
    HttpResponse<String> landline =
        http.postJson(
            paperPath,
            "{\"phone\":\"+77182000000\",\"projectIds\":[" + pid + "]}",
            token("operator"));
    assertProblem(landline, 400);
    assertThat(landline.body()).contains("\"phone\"");
    assertProblem(
        http.postJson("api/v1/budgets/987654321/paper-ballots", paper, token("operator")), 404);

    assertProblem(http.get("api/v1/budgets/" + budget + "/voters"), 401);
    assertProblem(http.get("api/v1/budgets/" + budget + "/voters", token("resident")), 403);
    assertProblem(http.get("api/v1/budgets/" + budget + "/results"), 409);
    assertProblem(http.get("api/v1/budgets/987654321/results"), 404);

    String update =
        "{\"text\":\"Жұмыс басталды.\",\"status\":\"IN_PROGRESS\",\"progress\":10,\"spent\":1}";
    String updatePath = "api/v1/budgets/" + budget + "/projects/" + pid + "/updates";
    assertProblem(http.postJson(updatePath, update, null), 401);
    assertProblem(http.postJson(updatePath, update, token("resident")), 403);
    assertProblem(http.postJson(updatePath, update, token("official")), 409);
    assertProblem(
        http.postJson(
            updatePath,
            "{\"text\":\"Жұмыс басталды.\",\"status\":\"X\",\"progress\":101,\"spent\":-1}",
            token("official")),
        400);
  }

  @Test
  void concurrentBallotsOfOneVoterLeaveOneBallot() throws Exception {
    long[] b = votingBudget();
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      long choice = i % 2 == 0 ? b[1] : b[2];
      calls.add(() -> vote(b[0], "resident", choice));
    }
    for (HttpResponse<String> response : race(calls)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
    String voters =
        expect(http.get("api/v1/budgets/" + b[0] + "/voters", token("official")), 200).body();
    assertThat(Json.structure(voters).asJsonArray()).hasSize(1);
    JsonObject mine =
        Json.parse(
            expect(http.get("api/v1/budgets/" + b[0] + "/ballot", token("resident")), 200).body());
    assertThat(mine.getJsonArray("projectIds")).hasSize(1);
  }

  @Test
  void aPaperBallotRacingAnOnlineOneForTheSamePhoneLetsExactlyOneWin() throws Exception {
    for (int round = 0; round < 3; round++) {
      long[] b = votingBudget();
      // resident4's verified phone in the dev realm
      List<HttpResponse<String>> both =
          race(
              List.of(
                  () -> vote(b[0], "resident4", b[1]),
                  () -> paper(b[0], "operator", "8 701 000 00 04", b[2])));
      long won = both.stream().filter(r -> r.statusCode() / 100 == 2).count();
      long lost = both.stream().filter(r -> r.statusCode() == 409).count();
      assertThat(won).as(both.toString()).isEqualTo(1);
      assertThat(lost).as(both.toString()).isEqualTo(1);
      String voters =
          expect(http.get("api/v1/budgets/" + b[0] + "/voters", token("official")), 200).body();
      assertThat(Json.structure(voters).asJsonArray()).hasSize(1);
    }
    // and one after the other: the online voter's phone cannot vote on paper, and the other way
    long[] b = votingBudget();
    expect(vote(b[0], "resident4", b[1]), 200);
    HttpResponse<String> paperAfter = paper(b[0], "operator", "+77010000004", b[1]);
    assertProblem(paperAfter, 409);
    assertThat(paperAfter.body()).contains("error-budget-phone-voted-online");
    long[] c = votingBudget();
    expect(paper(c[0], "operator", "+77010000004", c[1]), 201);
    HttpResponse<String> onlineAfter = vote(c[0], "resident4", c[1]);
    assertProblem(onlineAfter, 409);
    assertThat(onlineAfter.body()).contains("error-budget-phone-voted-on-paper");
  }

  @Test
  void aPaperBallotIsToldToItsPhoneBySmsAndToTheMemberWhoseVerifiedPhoneItIs(SmsCentre smsCentre) {
    long[] b = votingBudget();
    // resident4's verified phone in the dev realm, written as a clerk would type it
    expect(paper(b[0], "operator", "8 701 000 00 04", b[2]), 201);

    // the phone hears of it by SMS: the budget's link, no choice, name or number
    var sms =
        smsCentre.awaitMessageTo(
            "+77010000004", t -> t.contains("/budgets/" + b[0]), Duration.ofSeconds(60));
    assertThat(sms).as("the paper ballot's SMS").isPresent();
    assertThat(sms.get().text()).doesNotContain("Балалар", "resident", "operator", "0000004");
    // resident4 sees it in the notifications and as their ballot; it cannot be changed online
    List<JsonObject> told = ballotNotices("resident4", b[0]);
    assertThat(told).hasSize(1);
    assertThat(told.get(0).getString("title")).contains("Балалар алаңы");
    JsonObject mine =
        Json.parse(
            expect(http.get("api/v1/budgets/" + b[0] + "/ballot", token("resident4")), 200).body());
    assertThat(mine.getJsonArray("projectIds").getJsonNumber(0).longValue()).isEqualTo(b[2]);
    // the budget's page shows it to them as recorded on paper, with no online ballot form
    String page = expect(http.get("budgets/" + b[0], token("resident4")), 200).body();
    assertThat(page).contains("id=\"on-paper\"").doesNotContain("id=\"ballot-form\"");
    // another member sees no ballot of theirs
    assertProblem(http.get("api/v1/budgets/" + b[0] + "/ballot", token("resident")), 404);
  }

  /** The member's notifications of their ballot in {@code budget}, newest first. */
  private List<JsonObject> ballotNotices(String user, long budget) {
    HttpResponse<String> response =
        expect(http.get("api/v1/notifications?limit=100", token(user)), 200);
    List<JsonObject> told = new ArrayList<>();
    for (JsonObject n :
        Json.structure(response.body()).asJsonArray().getValuesAs(JsonObject.class)) {
      if (n.getString("kind").equals("BALLOT_RECORDED")
          && n.getString("link").endsWith("/budgets/" + budget + "/ballot")) {
        assertThat(n.isNull("threadId")).as(n.toString()).isTrue();
        told.add(n);
      }
    }
    return told;
  }

  private static List<HttpResponse<String>> race(List<Callable<HttpResponse<String>>> calls)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (Callable<HttpResponse<String>> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
