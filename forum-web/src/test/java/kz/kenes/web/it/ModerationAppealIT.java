package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static kz.kenes.web.it.ApiIT.threadJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flags, the review queue, escalation into a formal appeal and the appeal's life, through the API
 * with real Keycloak tokens, and the appeal's email reaching a real SMTP server (GreenMail).
 */
@KenesIT
class ModerationAppealIT {
  /** A valid IIN (checksum per the official algorithm): 1 January 1990, man. */
  static final String IIN = "900101300126";

  static final String BODY = "akzhol-rural-district";

  /** Days off of the seeded calendar in the window these tests can reach. */
  static final Set<LocalDate> DAYS_OFF =
      Set.of(
          LocalDate.of(2026, 12, 16),
          LocalDate.of(2027, 1, 1),
          LocalDate.of(2027, 1, 2),
          LocalDate.of(2027, 1, 4),
          LocalDate.of(2027, 1, 7),
          LocalDate.of(2027, 3, 8),
          LocalDate.of(2027, 3, 22),
          LocalDate.of(2027, 3, 23),
          LocalDate.of(2027, 3, 24));

  static GreenMail smtp;

  Kenes kenes;
  Http http;

  @BeforeAll
  static void mailServer() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("kenes.it.smtp.port", 13025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopMail() {
    smtp.stop();
  }

  private String token(String user) {
    return kenes.tokenFor(user);
  }

  /** Opens a thread as {@code user}; returns {threadId, openingPostId}. */
  private long[] open(String user, String title) {
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + BODY + "/threads",
            threadJson("COMPLAINT", title, "Көшедегі шамдар жанбайды: " + title, "LIGHTING"),
            token(user));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();
    JsonObject thread = Json.parse(http.get("api/v1/threads/" + id).body());
    return new long[] {id, thread.getJsonNumber("openingPostId").longValue()};
  }

  private HttpResponse<String> flag(long postId, String user, String reason) {
    return http.postJson(
        "api/v1/posts/" + postId + "/flags",
        "{\"reason\":" + quote(reason) + ",\"note\":\"тексеріңіз\"}",
        token(user));
  }

  private JsonObject queueItem(long postId, String user) {
    HttpResponse<String> queue = http.get("api/v1/moderation/queue?body=" + BODY, token(user));
    assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
    return Json.parse(queue.body()).getJsonArray("items").stream()
        .map(v -> v.asJsonObject())
        .filter(i -> i.getJsonNumber("postId").longValue() == postId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("post " + postId + " not in the queue"));
  }

  private HttpResponse<String> act(long itemId, String user, String action, long version) {
    return http.postJson(
        "api/v1/moderation/items/" + itemId + "/actions",
        "{\"action\":" + quote(action) + ",\"reason\":\"Ереже 3\",\"version\":" + version + "}",
        token(user));
  }

  private JsonObject post(long threadId, long postId) {
    // as staff: a hidden opening post hides its thread from everyone else
    return Json.parse(http.get("api/v1/threads/" + threadId, token("moderator")).body())
        .getJsonArray("posts")
        .stream()
        .map(v -> v.asJsonObject())
        .filter(p -> p.getJsonNumber("id").longValue() == postId)
        .findFirst()
        .orElseThrow();
  }

  /** The threads of the APPEAL hits that a search for {@code q} finds. */
  private List<Long> appealHits(String q) {
    JsonObject found =
        Json.parse(
            http.get(
                    "api/v1/search?q="
                        + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .body());
    return found.getJsonArray("hits").stream()
        .map(h -> h.asJsonObject())
        .filter(h -> h.getString("kind").equals("APPEAL"))
        .map(h -> h.getJsonNumber("threadId").longValue())
        .toList();
  }

  @Test
  void threeFlagsHideAPostWhichIsEscalatedRegisteredAnsweredAndSeenByItsAuthorOnly()
      throws Exception {
    long[] opened = open("resident4", "Көше шамдары " + UUID.randomUUID());
    long threadId = opened[0];
    long postId = opened[1];

    assertThat(flag(postId, "resident", "MISINFORMATION").statusCode()).isEqualTo(201);
    assertProblem(flag(postId, "resident", "SPAM"), 409);
    assertProblem(flag(postId, "resident4", "SPAM"), 409);
    assertThat(flag(postId, "resident2", "OFFENSIVE").statusCode()).isEqualTo(201);
    assertThat(post(threadId, postId).getString("visibility")).isEqualTo("VISIBLE");
    HttpResponse<String> third = flag(postId, "resident3", "SPAM");
    assertThat(third.statusCode()).isEqualTo(201);
    assertThat(Json.parse(third.body()).getBoolean("hidden")).isTrue();
    JsonObject hidden = post(threadId, postId);
    assertThat(hidden.getString("visibility")).isEqualTo("HIDDEN");
    assertThat(hidden.isNull("bodyHtml")).isTrue();

    JsonObject item = queueItem(postId, "moderator");
    assertThat(item.getString("status")).isEqualTo("PENDING");
    assertThat(item.getInt("score")).isEqualTo(3);
    assertThat(item.containsKey("version")).isTrue();
    assertProblem(http.get("api/v1/moderation/queue", token("resident")), 403);
    assertProblem(http.get("api/v1/moderation/queue"), 401);

    HttpResponse<String> escalated =
        http.postJson("api/v1/posts/" + postId + "/escalation", "", token("moderator"));
    assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(201);
    long appealId = Json.parse(escalated.body()).getJsonNumber("id").longValue();
    assertThat(Json.parse(escalated.body()).getString("status")).isEqualTo("DRAFT");
    HttpResponse<String> again =
        http.postJson("api/v1/posts/" + postId + "/escalation", "", token("moderator"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Json.parse(again.body()).getJsonNumber("id").longValue()).isEqualTo(appealId);
    assertProblem(
        http.postJson("api/v1/posts/" + postId + "/escalation", "", token("resident2")), 403);

    String path = "api/v1/appeals/" + appealId;
    HttpResponse<String> badIin =
        http.postJson(
            path + "/submit",
            "{\"fullName\":\"Бауыржан Омаров\",\"iin\":\"900101300127\",\"address\":\"Ақжол ауылы,"
                + " Абай к-сі 5\",\"publishAnswer\":true}",
            token("resident4"));
    assertProblem(badIin, 400);
    assertThat(badIin.body()).contains("\"iin\"").doesNotContain("900101300127");
    assertProblem(
        http.postJson(
            path + "/submit",
            "{\"fullName\":\"X Y Z\",\"iin\":\""
                + IIN
                + "\",\"address\":\"Ақжол\",\"publishAnswer\":true}",
            token("resident")),
        403);
    HttpResponse<String> submitted =
        http.postJson(
            path + "/submit",
            "{\"fullName\":\"Бауыржан Зылихаров\",\"iin\":\""
                + IIN
                + "\",\"address\":\"Ақжол ауылы, Абай к-сі 5\",\"publishAnswer\":true}",
            token("resident4"));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonObject appeal = Json.parse(submitted.body());
    assertThat(appeal.getString("status")).isEqualTo("REGISTERED");
    assertThat(appeal.getString("number")).matches("AKZHOL-RURAL-DISTRICT-20\\d\\d-\\d{6}");
    OffsetDateTime registeredAt = OffsetDateTime.parse(appeal.getString("registeredAt"));
    assertThat(appeal.getString("registeredAt")).endsWith("+05:00");
    assertThat(LocalDate.parse(appeal.getString("deadline")))
        .isEqualTo(fifteenthWorkingDayAfter(registrationDay(registeredAt)));
    assertThat(submitted.body()).doesNotContain(IIN);
    // search finds the appeal's public face by its number, never the applicant's data
    // (not while the post, the thread's opening post, is hidden: the hit carries the thread's
    // title)
    String number = appeal.getString("number");
    assertThat(appealHits(number)).doesNotContain(threadId);
    JsonObject pending = queueItem(postId, "moderator");
    assertThat(
            act(
                    pending.getJsonNumber("id").longValue(),
                    "moderator",
                    "KEEP",
                    pending.getJsonNumber("version").longValue())
                .statusCode())
        .isEqualTo(200);
    assertThat(appealHits(number)).contains(threadId);
    assertThat(Json.parse(http.get("api/v1/search?q=" + IIN).body()).getInt("total")).isZero();
    assertThat(Json.parse(http.get("api/v1/search?q=Зылихаров").body()).getInt("total")).isZero();
    assertProblem(
        http.postJson(
            path + "/submit",
            "{\"fullName\":\"Бауыржан Омаров\",\"iin\":\""
                + IIN
                + "\",\"address\":\"Ақжол ауылы, Абай к-сі 5\",\"publishAnswer\":true}",
            token("resident4")),
        409);

    assertProblem(http.get(path, token("resident")), 403);
    assertProblem(http.get(path), 401);
    assertProblem(http.get("api/v1/appeals/987654321", token("resident4")), 404);
    assertProblem(
        http.postJson(
            path + "/answer",
            "{\"result\":\"SATISFIED\",\"text\":\"Жөнделеді.\"}",
            token("resident")),
        403);

    HttpResponse<String> assigned =
        http.postJson(path + "/assign", "{\"executor\":\"official\"}", token("official"));
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(Json.parse(assigned.body()).getString("executor")).isNotBlank();
    assertProblem(
        http.postJson(path + "/assign", "{\"executor\":\"resident\"}", token("official")), 400);
    assertThat(http.postJson(path + "/start", "", token("official")).statusCode()).isEqualTo(200);
    assertProblem(
        http.postJson(path + "/answer", "{\"result\":\"MAYBE\",\"text\":\"\"}", token("official")),
        400);
    String answer =
        "Көше шамдары 5 желтоқсанға дейін ауыстырылады. Жауапты: ауыл әкімінің аппараты.";
    HttpResponse<String> answered =
        http.postJson(
            path + "/answer",
            "{\"result\":\"SATISFIED\",\"text\":" + quote(answer) + "}",
            token("official"));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertProblem(http.postJson(path + "/start", "", token("official")), 409);

    JsonObject mine =
        Json.parse("{\"a\":" + http.get("api/v1/me/appeals", token("resident4")).body() + "}")
            .getJsonArray("a")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(a -> a.getJsonNumber("id").longValue() == appealId)
            .findFirst()
            .orElseThrow();
    assertThat(mine.getString("status")).isEqualTo("ANSWERED");
    JsonObject read = Json.parse(http.get(path, token("resident4")).body());
    List<String> steps =
        read.getJsonArray("history").stream()
            .map(s -> s.asJsonObject().getString("to"))
            .collect(Collectors.toList());
    assertThat(steps).containsExactly("DRAFT", "REGISTERED", "ASSIGNED", "IN_PROGRESS", "ANSWERED");
    assertThat(read.getString("answer")).isEqualTo(answer);

    JsonObject shown =
        Json.parse("{\"a\":" + http.get("api/v1/threads/" + threadId + "/appeals").body() + "}")
            .getJsonArray("a")
            .getJsonObject(0);
    assertThat(shown.getString("number")).isEqualTo(appeal.getString("number"));
    assertThat(shown.getString("status")).isEqualTo("ANSWERED");
    assertThat(shown.getString("answer")).isEqualTo(answer);

    HttpResponse<String> personal = http.get(path + "/applicant", token("official"));
    assertThat(personal.statusCode()).isEqualTo(200);
    assertThat(Json.parse(personal.body()).getString("iin")).isEqualTo(IIN);
    assertProblem(http.get(path + "/applicant", token("resident")), 403);

    HttpResponse<String> audit =
        http.get("api/v1/admin/audit?action=appeal.&targetType=appeal", token("admin"));
    assertThat(audit.statusCode()).isEqualTo(200);
    Set<String> actions =
        Json.structure(audit.body()).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(e -> e.getString("targetId").equals(String.valueOf(appealId)))
            .map(e -> e.getString("action"))
            .collect(Collectors.toSet());
    assertThat(actions)
        .contains(
            "appeal.register",
            "appeal.assign",
            "appeal.start",
            "appeal.answer",
            "appeal.personal-data.read");
    assertProblem(http.get("api/v1/admin/audit", token("moderator")), 403);

    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    List<MimeMessage> toAuthor = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals("resident4@kenes.example")) {
        toAuthor.add(m);
      }
    }
    assertThat(toAuthor).isNotEmpty();
    List<String> texts = new ArrayList<>();
    for (MimeMessage m : toAuthor) {
      texts.add(String.valueOf(m.getContent()));
    }
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(IIN));
    assertThat(texts).anySatisfy(text -> assertThat(text).contains("/appeals/" + appealId));
    assertThat(texts).anySatisfy(text -> assertThat(text).contains("/threads/" + threadId));

    Path log = Path.of(System.getProperty("kenes.server.base"), "log", "server.log");
    assertThat(Files.readString(log)).doesNotContain(IIN);
  }

  @Test
  void twoModeratorsDecidingAtOnceGetOneSuccessAndOneConflict() throws Exception {
    long[] opened = open("resident3", "Жарық " + UUID.randomUUID());
    long postId = opened[1];
    assertThat(flag(postId, "resident", "SPAM").statusCode()).isEqualTo(201);
    JsonObject item = queueItem(postId, "moderator");
    long itemId = item.getJsonNumber("id").longValue();
    long version = item.getJsonNumber("version").longValue();

    var first = CompletableFuture.supplyAsync(() -> act(itemId, "moderator", "KEEP", version));
    var second = CompletableFuture.supplyAsync(() -> act(itemId, "admin", "HIDE", version));
    List<Integer> statuses =
        new ArrayList<>(List.of(first.get().statusCode(), second.get().statusCode()));
    statuses.sort(Integer::compare);
    assertThat(statuses).containsExactly(200, 409);

    assertProblem(act(itemId, "moderator", "KEEP", version), 409);
    assertProblem(act(itemId, "resident", "KEEP", version + 1), 403);
    assertProblem(
        http.postJson(
            "api/v1/moderation/items/" + itemId + "/actions",
            "{\"action\":\"DANCE\"}",
            token("moderator")),
        400);
    assertProblem(act(987654321L, "moderator", "KEEP", 0), 404);
  }

  @Test
  void aHiddenPostsAuthorContestsOnceAndADifferentModeratorDecides() {
    long[] opened = open("resident2", "Су " + UUID.randomUUID());
    long threadId = opened[0];
    long postId = opened[1];
    assertThat(flag(postId, "resident", "OFFENSIVE").statusCode()).isEqualTo(201);
    JsonObject item = queueItem(postId, "moderator");
    long itemId = item.getJsonNumber("id").longValue();
    HttpResponse<String> hid =
        act(itemId, "moderator", "HIDE", item.getJsonNumber("version").longValue());
    assertThat(hid.statusCode()).as(hid.body()).isEqualTo(200);
    assertThat(post(threadId, postId).getString("visibility")).isEqualTo("HIDDEN");

    assertProblem(
        http.postJson(
            "api/v1/posts/" + postId + "/contest",
            "{\"reason\":\"Қорлау жоқ\"}",
            token("resident")),
        403);
    HttpResponse<String> contested =
        http.postJson(
            "api/v1/posts/" + postId + "/contest",
            "{\"reason\":\"Қорлау жоқ\"}",
            token("resident2"));
    assertThat(contested.statusCode()).as(contested.body()).isEqualTo(200);
    JsonObject reopened = Json.parse(contested.body());
    assertThat(reopened.getString("status")).isEqualTo("PENDING");
    assertThat(reopened.getBoolean("contested")).isTrue();
    assertProblem(
        http.postJson(
            "api/v1/posts/" + postId + "/contest", "{\"reason\":\"Тағы да\"}", token("resident2")),
        409);

    long version = reopened.getJsonNumber("version").longValue();
    assertProblem(act(itemId, "moderator", "KEEP", version), 403);
    assertThat(act(itemId, "admin", "KEEP", version).statusCode()).isEqualTo(200);
    assertThat(post(threadId, postId).getString("visibility")).isEqualTo("VISIBLE");

    assertProblem(flag(postId, "resident", "NONSENSE"), 400);
    assertProblem(flag(987654321L, "resident", "SPAM"), 404);
    assertProblem(
        http.postJson("api/v1/posts/" + postId + "/flags", "{\"reason\":\"SPAM\"}", null), 401);
  }

  @Test
  void twoEscalationsAtOnceMakeOneAppeal() throws Exception {
    long[] opened = open("resident", "Жол " + UUID.randomUUID());
    long postId = opened[1];
    var a =
        CompletableFuture.supplyAsync(
            () -> http.postJson("api/v1/posts/" + postId + "/escalation", "", token("moderator")));
    var b =
        CompletableFuture.supplyAsync(
            () -> http.postJson("api/v1/posts/" + postId + "/escalation", "", token("official")));
    HttpResponse<String> ra = a.get();
    HttpResponse<String> rb = b.get();
    List<Integer> statuses = new ArrayList<>(List.of(ra.statusCode(), rb.statusCode()));
    statuses.sort(Integer::compare);
    assertThat(statuses).as(ra.body() + rb.body()).containsExactly(200, 201);
    assertThat(Json.parse(ra.body()).getJsonNumber("id").longValue())
        .isEqualTo(Json.parse(rb.body()).getJsonNumber("id").longValue());
  }

  @Test
  void escalatingTooOftenIsAnsweredWith429AndRetryAfter() {
    long[] opened = open("resident3", "Шектеу " + UUID.randomUUID());
    long postId = opened[1];
    HttpResponse<String> last = null;
    for (int i = 0; i < 13; i++) {
      last = http.postJson("api/v1/posts/" + postId + "/escalation", "", token("resident3"));
      if (last.statusCode() == 429) {
        break;
      }
      assertThat(last.statusCode()).as(last.body()).isIn(200, 201);
    }
    assertProblem(last, 429);
    assertThat(last.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
  }

  @Test
  void aRefusedApplicantComplainsOnceToTheHigherBody() {
    long[] opened = open("resident2", "Жарық жоқ " + UUID.randomUUID());
    long postId = opened[1];
    HttpResponse<String> escalated =
        http.postJson("api/v1/posts/" + postId + "/escalation", "", token("resident2"));
    assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(201);
    String path = "api/v1/appeals/" + Json.parse(escalated.body()).getJsonNumber("id").longValue();
    assertThat(
            http.postJson(
                    path + "/submit",
                    "{\"fullName\":\"Ерлан Жақсылықов\",\"iin\":\"850615400234\","
                        + "\"address\":\"Ақжол ауылы, 7\",\"publishAnswer\":false}",
                    token("resident2"))
                .statusCode())
        .isEqualTo(200);
    assertProblem(
        http.postJson(path + "/complaint", "{\"reason\":\"Жауап жоқ\"}", token("resident2")), 409);
    assertThat(
            http.postJson(
                    path + "/answer",
                    "{\"result\":\"REFUSED\",\"text\":\"Қаржы қарастырылмаған.\"}",
                    token("official"))
                .statusCode())
        .isEqualTo(200);
    assertProblem(
        http.postJson(path + "/complaint", "{\"reason\":\"Келіспеймін\"}", token("resident")), 403);
    assertProblem(http.postJson(path + "/complaint", "{}", token("resident2")), 400);
    HttpResponse<String> complaint =
        http.postJson(path + "/complaint", "{\"reason\":\"Келіспеймін\"}", token("resident2"));
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);
    JsonObject filed = Json.parse(complaint.body());
    assertThat(filed.getString("status")).isEqualTo("REGISTERED");
    assertThat(filed.getString("body")).isEqualTo("aktogay-district-akimat");
    assertThat(filed.getString("number")).startsWith("AKTOGAY-DISTRICT-AKIMAT-");
    assertProblem(
        http.postJson(path + "/complaint", "{\"reason\":\"Тағы\"}", token("resident2")), 409);
  }

  /** Opens a thread as resident, escalates it as the official and submits it: {path, deadline}. */
  private String[] registeredAppeal(String title) {
    long[] opened = open("resident", title + " " + UUID.randomUUID());
    HttpResponse<String> escalated =
        http.postJson("api/v1/posts/" + opened[1] + "/escalation", "", token("official"));
    assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(201);
    String path = "api/v1/appeals/" + Json.parse(escalated.body()).getJsonNumber("id").longValue();
    HttpResponse<String> submitted =
        http.postJson(
            path + "/submit",
            "{\"fullName\":\"Айгерім Сәрсенова\",\"iin\":\"850615400234\","
                + "\"address\":\"Ақжол ауылы, 3\",\"publishAnswer\":true}",
            token("resident"));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return new String[] {path, Json.parse(submitted.body()).getString("deadline")};
  }

  @Test
  void onlyTheHeadExtendsTheTermWithinTwoMonths() {
    String[] appeal = registeredAppeal("Газ");
    String path = appeal[0];
    LocalDate deadline = LocalDate.parse(appeal[1]);
    String later = "{\"until\":\"" + deadline.plusDays(14) + "\",\"reason\":\"Сараптама керек\"}";
    assertProblem(http.postJson(path + "/extend", later, token("moderator")), 403);
    assertProblem(
        http.postJson(
            path + "/extend",
            "{\"until\":\"" + deadline.plusMonths(3) + "\",\"reason\":\"Сараптама\"}",
            token("official")),
        400);
    assertProblem(http.postJson(path + "/extend", "{\"until\":\"soon\"}", token("official")), 400);
    assertProblem(http.postJson(path + "/extend", later, token("official")), 409);
    assertThat(
            http.postJson(path + "/assign", "{\"executor\":\"official\"}", token("official"))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> extended = http.postJson(path + "/extend", later, token("official"));
    assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
    JsonObject after = Json.parse(extended.body());
    assertThat(after.getString("status")).isEqualTo("EXTENDED");
    assertThat(LocalDate.parse(after.getString("deadline"))).isAfter(deadline);
    assertThat(after.getString("originalDeadline")).isEqualTo(deadline.toString());
  }

  @Test
  void anAppealIsRedirectedToTheCompetentBodyAndRegisteredThere() {
    String path = registeredAppeal("Мәслихат")[0];
    assertProblem(
        http.postJson(
            path + "/redirect",
            "{\"body\":\"no-such-body\",\"reason\":\"Құзырет\"}",
            token("official")),
        400);
    assertProblem(
        http.postJson(
            path + "/redirect",
            "{\"body\":\"aktogay-district-maslikhat\",\"reason\":\"Құзырет\"}",
            token("resident2")),
        403);
    HttpResponse<String> redirected =
        http.postJson(
            path + "/redirect",
            "{\"body\":\"aktogay-district-maslikhat\",\"reason\":\"Мәслихаттың құзыреті\"}",
            token("official"));
    assertThat(redirected.statusCode()).as(redirected.body()).isEqualTo(200);
    JsonObject old = Json.parse(redirected.body());
    assertThat(old.getString("status")).isEqualTo("REDIRECTED");
    assertThat(old.getString("redirectedTo"))
        .startsWith("AKTOGAY-DISTRICT-MASLIKH-"); // codes are cut to 24
    assertProblem(http.postJson(path + "/start", "", token("official")), 409);
  }

  @Test
  void onlyAdminsChangeTheWorkingDayCalendar() {
    String day = "api/v1/calendar/2027-05-17";
    String json = "{\"kind\":\"DAY_OFF\",\"reason\":\"Құрбан айт\",\"source\":\"HOLIDAY\"}";
    assertProblem(put(day, json, null), 401);
    assertProblem(put(day, json, token("official")), 403);
    assertProblem(put(day, "{\"kind\":\"SOMETIMES\",\"reason\":\"\"}", token("admin")), 400);
    assertProblem(put("api/v1/calendar/17-05-2027", json, token("admin")), 400);
    HttpResponse<String> set = put(day, json, token("admin"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(http.get("api/v1/calendar?year=2027").body()).contains("2027-05-17");
    HttpResponse<String> removed =
        http.send(
            http.request(day).header("Authorization", "Bearer " + token("admin")).DELETE().build());
    assertThat(removed.statusCode()).isEqualTo(204);
    assertProblem(
        http.send(
            http.request(day).header("Authorization", "Bearer " + token("admin")).DELETE().build()),
        404);
  }

  private HttpResponse<String> put(String path, String json, String bearer) {
    var request =
        http.request(path)
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build());
  }

  @Test
  void theMonthlyTransparencySummaryIsPublicAndCountsFlags() {
    HttpResponse<String> report = http.get("api/v1/bodies/" + BODY + "/transparency");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    JsonObject json = Json.parse(report.body());
    assertThat(json.getJsonObject("flagsByReason").keySet()).contains("SPAM", "MISINFORMATION");
    assertThat(json.get("month")).isInstanceOf(JsonString.class);
    assertProblem(http.get("api/v1/bodies/" + BODY + "/transparency?month=2026-13"), 400);
    assertProblem(http.get("api/v1/bodies/no-such-body/transparency"), 404);
  }

  static LocalDate registrationDay(OffsetDateTime at) {
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    if (working(day) && !time.isBefore(LocalTime.of(9, 0)) && time.isBefore(LocalTime.of(18, 30))) {
      return day;
    }
    if (working(day) && time.isBefore(LocalTime.of(9, 0))) {
      return day;
    }
    LocalDate next = day.plusDays(1);
    while (!working(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  static LocalDate fifteenthWorkingDayAfter(LocalDate day) {
    LocalDate d = day;
    int counted = 0;
    while (counted < 15) {
      d = d.plusDays(1);
      if (working(d)) {
        counted++;
      }
    }
    return d;
  }

  static boolean working(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !DAYS_OFF.contains(day);
  }
}
