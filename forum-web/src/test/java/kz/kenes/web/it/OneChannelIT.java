package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's "Done when" as one black-box scenario on the real stack (WildFly, the Keycloak with
 * the Kenes extension, the development SMS centre over SMPP), each step checking what the resident,
 * the operator or a client of the API sees: a new number signs in with an SMS code alone through
 * the direct grant, the hourly limit per number holds, an operator takes an oral appeal for that
 * number, and the number's owner finds it among their appeals.
 */
@KenesIT
class OneChannelIT {
  private static final Pattern CODE = Pattern.compile("^(\\d{6}) ");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String NAME = "Сәуле Жұмабекова";
  private static final String IIN = "900101300126";
  private static final String TEXT = "Мектеп жанындағы жолда бір айдан бері шам жанбайды.";

  Kenes kenes;
  Http http;

  /** A Kazakh mobile number no demo account and no other test uses (demo ones are +7701000000x). */
  private static String newNumber() {
    return "+7702" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
  }

  @Test
  void aNewNumberSignsInByCodeAndFindsTheAppealAnOperatorTookForIt() {
    String phone = newNumber();

    // 1. a code for a number no account has yet: 202, and the code arrives by SMS
    assertThat(askCode(phone).statusCode()).isEqualTo(202);
    String code = awaitCode(phone);

    // 2. the kenes-cli direct grant with the number and the code alone gives a token whose
    // phone_number_verified is JSON true
    HttpResponse<String> granted = phoneGrant(phone, code);
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    String token = Json.parse(granted.body()).getString("access_token");
    JsonObject claims = claims(token);
    assertThat(claims.getString("phone_number")).isEqualTo(phone);
    assertThat(claims.get("phone_number_verified")).isEqualTo(JsonValue.TRUE);

    // the code is single use
    HttpResponse<String> again = phoneGrant(phone, code);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(Json.parse(again.body()).getString("error")).isEqualTo("invalid_grant");

    // 3. Kenes accepts the token: the new member has no appeals yet
    HttpResponse<String> none = http.get("api/v1/me/appeals", token);
    assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
    assertThat(array(none.body())).isEmpty();

    // 4. two more codes within the hour are sent; the fourth is refused with 429
    assertThat(askCode(phone).statusCode()).isEqualTo(202);
    assertThat(askCode(phone).statusCode()).isEqualTo(202);
    HttpResponse<String> fourth = askCode(phone);
    assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(Json.parse(fourth.body()).getString("error")).isEqualTo("too_many_codes");

    // 5. the demo operator registers an ORAL appeal for that number: 201 with number, deadline,
    // channel
    HttpResponse<String> created =
        http.postJson("api/v1/appeals/intake", intakeJson(phone), kenes.tokenFor("operator"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject appeal = Json.parse(created.body());
    long id = appeal.getJsonNumber("id").longValue();
    String number = appeal.getString("number");
    assertThat(number).matches("[A-Z0-9-]+-\\d{4}-\\d{6}");
    assertThat(appeal.getString("status")).isEqualTo("REGISTERED");
    assertThat(appeal.getString("channel")).isEqualTo("ORAL");
    assertThat(LocalDate.parse(appeal.getString("deadline"))).isAfter(LocalDate.now());

    // the number gets the receipt by SMS at once: the registration number and the deadline, but
    // not the applicant's name, IIN or the appeal's text
    String receipt = awaitSms(phone, t -> t.contains(number));
    assertThat(receipt)
        .contains(LocalDate.parse(appeal.getString("deadline")).format(DATE))
        .doesNotContain(NAME, IIN, TEXT, "Сәуле", "Жұмабекова", "Көше жарығы");

    // 6. the number's own appeals list it at once (claimed by the verified phone)
    HttpResponse<String> mine = http.get("api/v1/me/appeals", token);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    List<JsonObject> listed = array(mine.body()).getValuesAs(JsonObject.class);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(listed.get(0).getString("number")).isEqualTo(number);
    assertThat(listed.get(0).getString("channel")).isEqualTo("ORAL");
    HttpResponse<String> read = http.get("api/v1/appeals/" + id, token);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);

    // 7. residents may not take appeals: neither the phone's member nor a demo resident
    assertProblem(http.postJson("api/v1/appeals/intake", intakeJson(newNumber()), token), 403);
    assertProblem(
        http.postJson("api/v1/appeals/intake", intakeJson(newNumber()), kenes.tokenFor("resident")),
        403);
  }

  private HttpResponse<String> askCode(String phone) {
    return http.send(
        HttpRequest.newBuilder(URI.create(kenes.realmUrl() + "/phone/code"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\"}"))
            .timeout(Duration.ofSeconds(30))
            .build());
  }

  private HttpResponse<String> phoneGrant(String phone, String code) {
    String form =
        "grant_type=password&client_id=kenes-cli&username="
            + URLEncoder.encode(phone, StandardCharsets.UTF_8)
            + "&phone_code="
            + code;
    return http.send(
        HttpRequest.newBuilder(URI.create(kenes.realmUrl() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .timeout(Duration.ofSeconds(30))
            .build());
  }

  /**
   * Waits for a sign-in code to the number, read as a demo user reads it: through Kenes' {@code GET
   * /api/v1/dev/sms?to=}.
   */
  private String awaitCode(String phone) {
    Matcher m = CODE.matcher(awaitSms(phone, t -> CODE.matcher(t).find()));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** The newest SMS to the number matching {@code wanted}, asked of Kenes for up to 30 s. */
  private String awaitSms(String phone, Predicate<String> wanted) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<String> texts = List.of();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response =
          http.get("api/v1/dev/sms?to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      texts =
          array(response.body()).getValuesAs(JsonObject.class).stream()
              .map(m -> m.getString("text"))
              .toList();
      Optional<String> match = texts.stream().filter(wanted).findFirst();
      if (match.isPresent()) {
        return match.get();
      }
      sleep();
    }
    throw new AssertionError("no such SMS to " + phone + " within 30 s; it got " + texts);
  }

  private static JsonObject claims(String jwt) {
    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    return Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
  }

  private static JsonArray array(String body) {
    return (JsonArray) Json.structure(body);
  }

  private static String intakeJson(String phone) {
    return jakarta.json.Json.createObjectBuilder()
        .add("body", "aktogay-district-akimat")
        .add("channel", "ORAL")
        .add("phone", phone)
        .add("fullName", NAME)
        .add("iin", IIN)
        .add("address", "Ақтоғай ауылы, Мектеп көшесі 12")
        .add("subject", "Көше жарығы")
        .add("text", TEXT)
        .add("category", "LIGHTING")
        .build()
        .toString();
  }

  private static void sleep() {
    try {
      java.lang.Thread.sleep(500);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
