package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Assisted intake through the API with real Keycloak tokens: the demo {@code operator} serves
 * Aktogay district's akimat and the bodies beneath it; residents, officials, moderators and admins
 * may not take appeals; bad numbers and IINs are named in the problem.
 */
@KenesIT
class IntakeIT {
  static final String IIN = "900101300126";
  static final String NAME = "Бақыт Ахметов";
  static final String TEXT = "Ауылда үш күн бойы ауыз су жоқ, көмектесіңіз.";

  Http http;

  /** A fresh Kazakh mobile number nobody has used. */
  static String freshPhone() {
    return "+7705" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }

  static String intakeJson(String body, String channel, String phone, String iin) {
    return "{\"body\":"
        + quote(body)
        + ",\"channel\":"
        + quote(channel)
        + ",\"phone\":"
        + quote(phone)
        + ",\"fullName\":"
        + quote(NAME)
        + ",\"iin\":"
        + quote(iin)
        + ",\"address\":\"Ақтоғай ауылы, Абай көшесі 5\",\"subject\":\"Ауыз су жоқ\",\"text\":"
        + quote(TEXT)
        + ",\"category\":\"WATER_SUPPLY\"}";
  }

  private HttpResponse<String> intake(String user, String json) {
    return http.postJson("api/v1/appeals/intake", json, KeycloakTestServer.token(user));
  }

  @Test
  void anOperatorRegistersAnOralAppealWithNumberDeadlineAndChannel() {
    String phone = freshPhone();
    HttpResponse<String> created =
        intake(
            "operator",
            intakeJson("akzhol-rural-district", "ORAL", " 8 (705) " + phone.substring(5), IIN));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject appeal = Json.parse(created.body());
    assertThat(appeal.getString("status")).isEqualTo("REGISTERED");
    assertThat(appeal.getString("channel")).isEqualTo("ORAL");
    assertThat(appeal.getString("body")).isEqualTo("akzhol-rural-district");
    assertThat(appeal.getString("number")).matches("[A-Z0-9-]+-\\d{4}-\\d{6}");
    assertThat(LocalDate.parse(appeal.getString("deadline"))).isAfter(LocalDate.now());
    assertThat(created.body()).doesNotContain(IIN, NAME, TEXT, phone.substring(4));
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/appeals/" + appeal.getInt("id")));

    // the body's official works on it like any appeal; it has no thread
    HttpResponse<String> read =
        http.get("api/v1/appeals/" + appeal.getInt("id"), KeycloakTestServer.token("official"));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonObject view = Json.parse(read.body());
    assertThat(view.getString("channel")).isEqualTo("ORAL");
    assertThat(view.isNull("threadId")).isTrue();
    assertThat(view.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("to"))
        .containsExactly("DRAFT", "REGISTERED");
    HttpResponse<String> applicant =
        http.get(
            "api/v1/appeals/" + appeal.getInt("id") + "/applicant",
            KeycloakTestServer.token("official"));
    assertThat(Json.parse(applicant.body()).getString("iin")).isEqualTo(IIN);

    // nobody else reads it: not a resident, not the operator's colleagues of other bodies
    assertThat(
            http.get("api/v1/appeals/" + appeal.getInt("id"), KeycloakTestServer.token("resident2"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.get("api/v1/appeals/" + appeal.getInt("id"), KeycloakTestServer.token("official2"))
                .statusCode())
        .isEqualTo(403);

    // audited: operator, channel and the number masked, never in clear
    HttpResponse<String> audit =
        http.get("api/v1/admin/audit?action=appeal.intake", KeycloakTestServer.token("admin"));
    assertThat(audit.body())
        .contains(
            "ORAL " + phone.substring(0, 5) + "***" + phone.substring(phone.length() - 4),
            "\"actor\":\"operator\"")
        .doesNotContain(phone, IIN);
  }

  @Test
  void theResidentGetsAnSmsWithTheNumberAndDeadlineButNoNameIinOrText(SmsCentre smsCentre) {
    String phone = freshPhone();
    HttpResponse<String> created =
        intake("operator", intakeJson("aktogay-district-akimat", "ORAL", phone, IIN));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject appeal = Json.parse(created.body());
    String number = appeal.getString("number");
    String deadline =
        LocalDate.parse(appeal.getString("deadline"))
            .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    var sms = smsCentre.awaitMessageTo(phone, t -> t.contains(number), Duration.ofSeconds(60));
    assertThat(sms).as("the receipt SMS").isPresent();
    assertThat(sms.get().text())
        .contains(number, deadline)
        .doesNotContain(NAME, IIN, TEXT, "Ахметов")
        .hasSizeLessThanOrEqualTo(134);
  }

  /**
   * The SMS centre is down when the appeal is registered: the receipt waits in the outbox, is tried
   * again, and reaches the resident once the centre is back, exactly once.
   */
  @Test
  void theReceiptWrittenWhileTheSmsCentreIsDownArrivesOnceItIsBackExactlyOnce(SmsCentre smsCentre)
      throws Exception {
    String phone = freshPhone();
    // a token first: asking Keycloak for one starts the centre again
    String operator = KeycloakTestServer.token("operator");
    String number;
    SmsCentreTestServer.stop();
    try {
      HttpResponse<String> created =
          http.postJson(
              "api/v1/appeals/intake",
              intakeJson("aktogay-district-akimat", "PAPER", phone, IIN),
              operator);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      number = Json.parse(created.body()).getString("number");
      Thread.sleep(3_000); // the first send, right after the commit, fails: nobody listens
    } finally {
      SmsCentreTestServer.ensureStarted();
    }
    String registration = number;
    assertThat(
            smsCentre.awaitMessageTo(phone, t -> t.contains(registration), Duration.ofSeconds(60)))
        .as("the receipt SMS after the centre came back")
        .isPresent();
    Thread.sleep(5_000); // a second send would come at the next retry, 2 to 4 s later
    assertThat(
            SmsCentreTestServer.messagesTo(phone).stream()
                .filter(m -> m.text().contains(registration)))
        .hasSize(1);
  }

  @Test
  void everyIntakeChannelIsAccepted() {
    for (String channel : List.of("PHONE", "PAPER", "SOCIAL_NETWORK")) {
      HttpResponse<String> created =
          intake("operator", intakeJson("aktogay-district-akimat", channel, freshPhone(), IIN));
      assertThat(created.statusCode()).as(channel + " " + created.body()).isEqualTo(201);
      assertThat(Json.parse(created.body()).getString("channel")).isEqualTo(channel);
    }
  }

  @Test
  void residentsOfficialsModeratorsAndAdminsMayNotTakeAppeals() {
    String json = intakeJson("aktogay-district-akimat", "ORAL", freshPhone(), IIN);
    for (String user : List.of("resident", "official", "official2", "moderator", "admin")) {
      assertProblem(intake(user, json), 403);
    }
    assertThat(http.postJson("api/v1/appeals/intake", json, null).statusCode()).isEqualTo(401);
  }

  @Test
  void anOperatorMayNotTakeAppealsForABodyTheyDoNotServe() {
    assertProblem(
        intake("operator", intakeJson("pavlodar-region-maslikhat", "ORAL", freshPhone(), IIN)),
        403);
  }

  @Test
  void aBadPhoneOrIinIsNamedInTheProblem() {
    HttpResponse<String> bad =
        intake("operator", intakeJson("aktogay-district-akimat", "ORAL", "+74951234567", "123"));
    assertProblem(bad, 400);
    assertThat(fields(bad)).contains("phone", "iin");

    HttpResponse<String> web =
        intake("operator", intakeJson("aktogay-district-akimat", "WEB", "8 701 000 00 09", IIN));
    assertProblem(web, 400);
    assertThat(fields(web)).containsExactly("channel");

    HttpResponse<String> empty = intake("operator", "{}");
    assertProblem(empty, 400);
    assertThat(fields(empty))
        .contains(
            "body",
            "channel",
            "phone",
            "fullName",
            "iin",
            "address",
            "subject",
            "text",
            "category");
  }

  @Test
  void theAppealsTakenForAResidentsVerifiedPhoneAreTheirsAndNobodyElses() {
    // the demo resident's verified number is +77010000001 (realm import)
    HttpResponse<String> created =
        intake("operator", intakeJson("aktogay-district-akimat", "PHONE", "8 701 000 00 01", IIN));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    int id = Json.parse(created.body()).getInt("id");

    assertThat(mine("resident")).contains(id);
    assertThat(http.get("api/v1/appeals/" + id, KeycloakTestServer.token("resident")).statusCode())
        .isEqualTo(200);
    assertThat(mine("resident2")).doesNotContain(id);
    assertThat(http.get("api/v1/appeals/" + id, KeycloakTestServer.token("resident2")).statusCode())
        .isEqualTo(403);
  }

  private List<Integer> mine(String user) {
    HttpResponse<String> mine = http.get("api/v1/me/appeals", KeycloakTestServer.token(user));
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    return Json.structure(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(a -> a.getInt("id"))
        .toList();
  }

  private static List<String> fields(HttpResponse<String> problem) {
    return Json.parse(problem.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
