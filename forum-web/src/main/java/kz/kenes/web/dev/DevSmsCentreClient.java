package kz.kenes.web.dev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.Settings;
import kz.kenes.sms.PhoneNumbers;
import kz.kenes.web.WebLog;

/**
 * Reads what the development SMS centre received (demo mode only): {@code GET
 * <centre>/messages?to=} at {@code KENES_SMS_CENTRE_URL}, by default the port after {@code
 * KENES_SMPP_PORT} on {@code KENES_SMPP_HOST} (where deploy/run and the tests start it).
 */
@ApplicationScoped
public class DevSmsCentreClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final boolean demo;
  private final URI centre;

  public DevSmsCentreClient() {
    this(Settings::byName);
  }

  /** With a lookup of settings by variable name (tests pass a map). */
  DevSmsCentreClient(Function<String, String> env) {
    this.demo = Boolean.parseBoolean(env.apply("KENES_DEMO_DATA"));
    this.centre = centreUrl(env);
  }

  static URI centreUrl(Function<String, String> env) {
    String url = env.apply("KENES_SMS_CENTRE_URL");
    if (url != null && !url.isBlank()) {
      return URI.create(url.strip().replaceAll("/+$", ""));
    }
    String host =
        Optional.ofNullable(env.apply("KENES_SMPP_HOST"))
            .filter(h -> !h.isBlank())
            .orElse("localhost");
    int smpp;
    try {
      smpp =
          Integer.parseInt(
              Optional.ofNullable(env.apply("KENES_SMPP_PORT")).orElse("2775").strip());
    } catch (NumberFormatException e) {
      smpp = 2775;
    }
    return URI.create("http://" + host.strip() + ":" + (smpp + 1));
  }

  /** Whether the dev pages exist at all ({@code KENES_DEMO_DATA=true}); 404 otherwise. */
  public void requireDemo() {
    if (!demo) {
      throw new DomainException.NotFound("error.not-found");
    }
  }

  /** The number as E.164, or 400 naming {@code to}: missing, or not a Kazakh mobile number. */
  public static String number(String to) {
    if (to == null || to.isBlank()) {
      throw new DomainException.InvalidInput(List.of(new FieldError("to", "validation.required")));
    }
    return PhoneNumbers.kazakhMobile(to)
        .orElseThrow(
            () ->
                new DomainException.InvalidInput(
                    List.of(new FieldError("to", "dev.sms.to.invalid"))));
  }

  /** The messages to the number, newest first; 503 when the centre does not answer. */
  public List<ReceivedSms> messages(String e164) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    centre + "/messages?to=" + URLEncoder.encode(e164, StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      WebLog.LOG.devSmsCentreSilent(String.valueOf(centre), LogText.types(e));
      throw new DomainException.Unavailable("dev.sms.unavailable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DomainException.Unavailable("dev.sms.unavailable");
    }
    if (response.statusCode() != 200) {
      WebLog.LOG.devSmsCentreStatus(String.valueOf(centre), response.statusCode());
      throw new DomainException.Unavailable("dev.sms.unavailable");
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonObject.class).stream()
          .map(
              o ->
                  new ReceivedSms(
                      o.getString("to"),
                      o.getString("text"),
                      Instant.parse(o.getString("receivedAt"))))
          .filter(m -> m.to().equals(e164))
          .toList();
    } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
      WebLog.LOG.devSmsCentreUnreadable(String.valueOf(centre));
      throw new DomainException.Unavailable("dev.sms.unavailable");
    }
  }
}
