package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.kenes.sms.SmsGateway;
import kz.kenes.sms.SmsMessage;
import org.junit.jupiter.api.Test;

/**
 * Demo mode's window on the development SMS centre: messages put in over SMPP through the SMS
 * library (as Kenes and Keycloak send them) are read back through {@code /api/v1/dev/sms} and
 * {@code /dev/sms} in WildFly, which asks the centre of this test JVM over HTTP.
 */
@KenesIT
class DevSmsIT {
  private static final String PROBLEM = "application/problem+json";

  Http http;
  SmsCentre smsCentre;

  /** A number of Kcell's range that no other test uses. */
  private static String freshNumber() {
    return "+7701" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
  }

  @Test
  void theApiListsANumbersMessagesNewestFirstJoinedFromTheirSegments() {
    String number = freshNumber();
    String longKazakh =
        ("Өтінішіңіз №2026-000777 тіркелді. Жауап мерзімі 26.12.2026. Күйін kenes.kz/a/777 бетінен"
                + " қараңыз, рақмет.")
            .substring(0, 100);
    try (SmsGateway gateway = smsCentre.gateway()) {
      gateway.send(new SmsMessage(number, longKazakh));
      gateway.send(new SmsMessage(number, "Kenes: код 482913"));
      gateway.send(new SmsMessage(freshNumber(), "not for this number"));
    }

    // written the way residents write it: 8-prefixed, spaces; the API normalizes
    String local = "8 " + number.substring(2, 5) + " " + number.substring(5);
    HttpResponse<String> response = http.get("/api/v1/dev/sms?to=" + encode(local));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    List<JsonObject> messages =
        ((JsonArray) Json.structure(response.body())).getValuesAs(JsonObject.class);
    assertThat(messages).hasSize(2);
    assertThat(messages).allSatisfy(m -> assertThat(m.getString("to")).isEqualTo(number));
    assertThat(messages.get(0).getString("text")).isEqualTo("Kenes: код 482913");
    assertThat(messages.get(1).getString("text")).isEqualTo(longKazakh);
    assertThat(Instant.parse(messages.get(0).getString("receivedAt")))
        .isAfterOrEqualTo(Instant.parse(messages.get(1).getString("receivedAt")));
  }

  @Test
  void aNumberWithoutMessagesIsAnEmptyList() {
    HttpResponse<String> response = http.get("/api/v1/dev/sms?to=" + encode(freshNumber()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  @Test
  void aBadOrMissingNumberIsA400ProblemNamingTo() {
    for (String query :
        List.of(
            "?to=" + encode("+74951234567"), "?to=abc", "?to=" + encode("+7 7172 123456"), "")) {
      HttpResponse<String> response = http.get("/api/v1/dev/sms" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
      assertThat(
              Json.parse(response.body())
                  .getJsonArray("errors")
                  .getValuesAs(JsonObject.class)
                  .stream()
                  .map(e -> e.getString("field")))
          .as(query)
          .containsExactly("to");
    }
  }

  @Test
  void thePageShowsTheMessagesInEachLanguageWithoutScript() {
    String number = freshNumber();
    try (SmsGateway gateway = smsCentre.gateway()) {
      gateway.send(new SmsMessage(number, "Kenes: <b>код</b> 120934"));
    }

    HttpResponse<String> kk = http.get("/dev/sms?to=" + encode(number));
    assertThat(kk.statusCode()).isEqualTo(200);
    assertThat(kk.body())
        .contains("<html lang=\"kk\">")
        .contains("Әзірлеу SMS орталығы")
        .contains("Kenes: &lt;b&gt;код&lt;/b&gt; 120934")
        .contains("<form method=\"get\" action=\"/dev/sms\"")
        .doesNotContain("<b>код</b>");

    assertThat(http.get("/dev/sms?lang=ru&to=" + encode(number)).body())
        .contains("SMS-центр для разработки")
        .contains("120934");
    assertThat(http.get("/dev/sms?lang=en").body())
        .contains("Development SMS centre")
        .doesNotContain("120934");
  }

  @Test
  void thePageRefusesABadNumberWithTheFormAgain() {
    HttpResponse<String> page = http.get("/dev/sms?lang=en&to=" + encode("+79161234567"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("Not a Kazakh mobile number.")
        .contains("aria-invalid=\"true\"");
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
