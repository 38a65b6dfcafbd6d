package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static kz.kenes.web.it.ApiIT.threadJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox end to end: an email notification written while the mail server (GreenMail) is down
 * waits as PENDING with its failure's type, and arrives once the server is back, exactly once; one
 * that ran out of tries (KENES_OUTBOX_GIVE_UP is 15 s in the tests) is FAILED until an admin sends
 * it again; a member who switched email off gets none. Admins see it all at {@code
 * /api/v1/admin/outbox}, others are refused.
 */
@KenesIT
class OutboxIT {
  static final String BODY = "akzhol-rural-district";

  Kenes kenes;
  Http http;
  GreenMail smtp;

  @BeforeEach
  void mailServerDown() {
    // created but not started: the mail server is down until a test starts it
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("kenes.it.smtp.port", 13025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
  }

  @AfterEach
  void stopMail() {
    smtp.stop();
  }

  private String token(String user) {
    return kenes.tokenFor(user);
  }

  /**
   * {@code author} opens a thread; a resident flags its opening post and the moderator hides it.
   */
  private long moderatedThreadOf(String author) {
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + BODY + "/threads",
            threadJson("QUESTION", "Хат " + UUID.randomUUID(), "Су қашан беріледі?", "OTHER"),
            token(author));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long threadId = Json.parse(created.body()).getJsonNumber("id").longValue();
    long postId =
        Json.parse(http.get("api/v1/threads/" + threadId).body())
            .getJsonNumber("openingPostId")
            .longValue();
    String flagger = author.equals("resident") ? "resident3" : "resident";
    HttpResponse<String> flagged =
        http.postJson(
            "api/v1/posts/" + postId + "/flags",
            "{\"reason\":\"SPAM\",\"note\":\"тексеріңіз\"}",
            token(flagger));
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    JsonObject item =
        Json.parse(http.get("api/v1/moderation/queue?body=" + BODY, token("moderator")).body())
            .getJsonArray("items")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(i -> i.getJsonNumber("postId").longValue() == postId)
            .findFirst()
            .orElseThrow();
    HttpResponse<String> hidden =
        http.postJson(
            "api/v1/moderation/items/" + item.getJsonNumber("id").longValue() + "/actions",
            "{\"action\":\"HIDE\",\"reason\":"
                + quote("Ереже 3")
                + ",\"version\":"
                + item.getJsonNumber("version").longValue()
                + "}",
            token("moderator"));
    assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
    return threadId;
  }

  /** While set, the admin's token (fetching one starts the SMS centre again). */
  private String adminToken;

  private List<JsonObject> outbox(String status) {
    HttpResponse<String> list =
        http.get(
            "api/v1/admin/outbox" + (status == null ? "" : "?status=" + status),
            adminToken != null ? adminToken : token("admin"));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return Json.structure(list.body()).asJsonArray().stream().map(v -> v.asJsonObject()).toList();
  }

  private long newestId() {
    return outbox(null).stream().mapToLong(e -> e.getJsonNumber("id").longValue()).max().orElse(0);
  }

  /** The one EMAIL message written after {@code after}, once it satisfies {@code state}. */
  private JsonObject awaitEmail(long after, Predicate<JsonObject> state, Duration within)
      throws InterruptedException {
    return awaitMessage("EMAIL", after, state, within);
  }

  /** The one message of a channel written after {@code after}, once it satisfies {@code state}. */
  private JsonObject awaitMessage(
      String channel, long after, Predicate<JsonObject> state, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    List<JsonObject> mine = List.of();
    while (System.nanoTime() < deadline) {
      mine =
          outbox(null).stream()
              .filter(e -> e.getJsonNumber("id").longValue() > after)
              .filter(e -> e.getString("channel").equals(channel))
              .toList();
      if (mine.size() == 1 && state.test(mine.get(0))) {
        return mine.get(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no " + channel + " in the outbox as expected: " + mine);
  }

  private List<String> mailsTo(String address, String containing) throws Exception {
    List<String> texts = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String text = String.valueOf(m.getContent());
      if (m.getAllRecipients()[0].toString().equals(address) && text.contains(containing)) {
        texts.add(text);
      }
    }
    return texts;
  }

  @Test
  void anEmailWrittenWhileTheMailServerIsDownArrivesOnceItIsBackExactlyOnce() throws Exception {
    long before = newestId();
    long threadId = moderatedThreadOf("resident4");

    JsonObject waiting =
        awaitEmail(
            before,
            e -> e.getInt("attempts") >= 1 && !e.isNull("lastFailure"),
            Duration.ofSeconds(10));
    assertThat(waiting.getString("status")).isEqualTo("PENDING");
    assertThat(waiting.getString("recipient")).isEqualTo("r***@kenes.example");
    assertThat(waiting.toString()).doesNotContain("resident4@");
    assertThat(waiting.getString("lastFailure")).contains("ConnectException");

    smtp.start();
    JsonObject sent =
        awaitEmail(before, e -> e.getString("status").equals("SENT"), Duration.ofSeconds(20));
    assertThat(sent.getInt("attempts")).isGreaterThan(1);
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    Thread.sleep(3_000); // a second send would come at the next retry, 2 to 4 s later
    assertThat(mailsTo("resident4@kenes.example", "/threads/" + threadId)).hasSize(1);
  }

  @Test
  void aFailedEmailWaitsForAnAdminWhoSendsItAgain() throws Exception {
    long before = newestId();
    long threadId = moderatedThreadOf("resident4");
    JsonObject failed =
        awaitEmail(before, e -> e.getString("status").equals("FAILED"), Duration.ofSeconds(40));
    long id = failed.getJsonNumber("id").longValue();
    assertThat(outbox("FAILED"))
        .anySatisfy(e -> assertThat(e.getJsonNumber("id").longValue()).isEqualTo(id));
    assertThat(outbox("SENT"))
        .noneSatisfy(e -> assertThat(e.getJsonNumber("id").longValue()).isEqualTo(id));

    smtp.start();
    Thread.sleep(5_000);
    assertThat(mailsTo("resident4@kenes.example", "/threads/" + threadId))
        .as("a FAILED message is not retried by itself")
        .isEmpty();

    String retry = "api/v1/admin/outbox/" + id + "/retry";
    assertProblem(http.postJson(retry, "", null), 401);
    assertProblem(http.postJson(retry, "", token("moderator")), 403);
    HttpResponse<String> again = http.postJson(retry, "", token("admin"));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(204);
    assertProblem(http.postJson(retry, "", token("admin")), 409);

    awaitEmail(before, e -> e.getString("status").equals("SENT"), Duration.ofSeconds(20));
    assertThat(mailsTo("resident4@kenes.example", "/threads/" + threadId)).hasSize(1);
    String audit =
        http.get("api/v1/admin/audit?action=outbox.retry&targetType=outbox", token("admin")).body();
    assertThat(audit).contains("\"targetId\":\"" + id + "\"");
  }

  @Test
  void aMemberWhoSwitchedEmailOffGetsNone() throws Exception {
    String settings = "api/v1/me/notification-settings";
    HttpResponse<String> off =
        http.send(
            http.request(settings)
                .header("Authorization", "Bearer " + token("resident2"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":false}"))
                .build());
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    JsonObject chosen = Json.parse(off.body());
    assertThat(chosen.getBoolean("email")).isFalse();
    assertThat(chosen.getBoolean("sms")).isTrue();
    assertThat(chosen.getBoolean("smsAnswers")).isFalse();
    assertThat(chosen.getBoolean("hasEmail")).isTrue();
    try {
      long before = newestId();
      moderatedThreadOf("resident2");
      // the channel writes during the commit of the moderator's action, before its answer
      assertThat(
              outbox(null).stream()
                  .filter(e -> e.getJsonNumber("id").longValue() > before)
                  .filter(e -> e.getString("channel").equals("EMAIL"))
                  .map(e -> e.getString("recipient"))
                  .findAny())
          .isEqualTo(Optional.empty());
    } finally {
      http.send(
          http.request(settings)
              .header("Authorization", "Bearer " + token("resident2"))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":true}"))
              .build());
    }
    assertThat(Json.parse(http.get(settings, token("resident2")).body()).getBoolean("email"))
        .isTrue();
    assertProblem(
        http.send(
            http.request(settings)
                .header("Authorization", "Bearer " + token("resident2"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":\"maybe\"}"))
                .build()),
        400);
    assertProblem(http.get("api/v1/admin/outbox?status=LOST", token("admin")), 400);
    assertProblem(http.get("api/v1/admin/outbox", token("resident2")), 403);
  }

  private HttpResponse<String> put(String path, String json, String user) {
    return putWithToken(path, json, token(user));
  }

  private HttpResponse<String> putWithToken(String path, String json, String token) {
    return http.send(
        http.request(path)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  @Test
  void anAnswerSmsWrittenWhileTheSmsCentreIsDownArrivesOnceItIsBackExactlyOnce() throws Exception {
    String phone = "+77010000003"; // resident3's verified number in the test realm
    String settings = "api/v1/me/notification-settings";
    HttpResponse<String> optIn = put(settings, "{\"smsAnswers\":true}", "resident3");
    assertThat(optIn.statusCode()).as(optIn.body()).isEqualTo(200);
    assertThat(Json.parse(optIn.body()).getBoolean("hasPhone")).isTrue();
    try {
      HttpResponse<String> created =
          http.postJson(
              "api/v1/bodies/" + BODY + "/threads",
              threadJson("QUESTION", "Көпір " + UUID.randomUUID(), "Көпір қашан?", "OTHER"),
              token("resident3"));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      long threadId = Json.parse(created.body()).getJsonNumber("id").longValue();
      String link = "/threads/" + threadId;
      long before = newestId();
      // asking for a token starts the centre again (Keycloak sends codes to it): ask first
      String official = token("official");
      adminToken = token("admin");

      SmsCentreTestServer.stop();
      HttpResponse<String> answered =
          putWithToken(
              "api/v1/threads/" + threadId + "/official-answer",
              "{\"body\":\"Көпір мамырда жөнделеді.\"}",
              official);
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

      JsonObject waiting =
          awaitMessage(
              "SMS",
              before,
              e -> e.getInt("attempts") >= 1 && !e.isNull("lastFailure"),
              Duration.ofSeconds(15));
      assertThat(waiting.getString("status")).isEqualTo("PENDING");
      assertThat(waiting.getString("recipient")).isEqualTo("+7701***0003");
      assertThat(waiting.getString("urgency")).isEqualTo("DAYTIME");
      assertThat(waiting.getString("text")).contains(link);
      assertThat(waiting.toString()).doesNotContain(phone);

      SmsCentreTestServer.ensureStarted();
      JsonObject sent =
          awaitMessage(
              "SMS", before, e -> e.getString("status").equals("SENT"), Duration.ofSeconds(30));
      assertThat(sent.getInt("attempts")).isGreaterThan(1);
      Thread.sleep(5_000); // a second send would come at the next retry, 2 to 4 s later
      assertThat(
              SmsCentreTestServer.messagesTo(phone).stream().filter(m -> m.text().contains(link)))
          .hasSize(1);
      JsonObject receipted =
          awaitMessage(
              "SMS",
              before,
              e -> !e.isNull("receiptStatus") && !e.isNull("receiptAt"),
              Duration.ofSeconds(15));
      assertThat(receipted.getString("receiptStatus")).isEqualTo("DELIVERED");
    } finally {
      adminToken = null;
      SmsCentreTestServer.ensureStarted();
      put(settings, "{\"smsAnswers\":false}", "resident3");
    }
  }
}
