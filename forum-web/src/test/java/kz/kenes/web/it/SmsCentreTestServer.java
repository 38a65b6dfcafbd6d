package kz.kenes.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import kz.kenes.sms.SmsGateway;
import kz.kenes.sms.SmsSettings;
import kz.kenes.sms.centre.DevSmsCentre;

/**
 * The development SMS centre of the tests, started once per test JVM (with the test Keycloak, by
 * {@link KenesExtension}, which stops it when the tests end; tests use the {@link SmsCentre}
 * fixture) on {@code kenes.it.smpp.port} (12775 unless set; its JSON endpoint on the next port),
 * where WildFly and Keycloak send their SMS ({@code KENES_SMPP_*} from the failsafe configuration).
 * Messages are read over HTTP, so a centre that another JVM started on the same ports serves as
 * well.
 */
public final class SmsCentreTestServer {
  public static final int SMPP_PORT = Integer.getInteger("kenes.it.smpp.port", 12775);
  public static final int HTTP_PORT = SMPP_PORT + 1;
  public static final String URL = "http://localhost:" + HTTP_PORT;
  public static final String SYSTEM_ID = "kenes";
  public static final String PASSWORD = "kenes";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static DevSmsCentre centre;

  /** One message as the centre received it. */
  public record Sms(String to, String text, Instant receivedAt) {}

  private SmsCentreTestServer() {}

  /** Starts the centre unless one already answers on these ports. */
  public static synchronized void ensureStarted() {
    if (centre != null || answers()) {
      return;
    }
    try {
      centre = DevSmsCentre.start(SMPP_PORT, HTTP_PORT, SYSTEM_ID, PASSWORD);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "SMS centre ports " + SMPP_PORT + "/" + HTTP_PORT + " busy", e);
    }
  }

  /** Stops the centre this JVM started, if it did (KenesExtension: when the tests end). */
  static synchronized void stop() {
    if (centre != null) {
      centre.close();
      centre = null;
    }
  }

  /** The environment with which WildFly and Keycloak send to this centre. */
  public static Map<String, String> environment() {
    return Map.of(
        "KENES_SMS_TRANSPORT",
        "smpp",
        "KENES_SMPP_HOST",
        "localhost",
        "KENES_SMPP_PORT",
        Integer.toString(SMPP_PORT),
        "KENES_SMPP_SYSTEM_ID",
        SYSTEM_ID,
        "KENES_SMPP_PASSWORD",
        PASSWORD);
  }

  /** A client of the centre through the SMS library, as Kenes has one (close it after use). */
  public static SmsGateway gateway() {
    ensureStarted();
    return SmsGateway.open(SmsSettings.from(environment()::get));
  }

  /** The messages the centre received for a number (E.164), newest first. */
  public static List<Sms> messagesTo(String e164) {
    ensureStarted();
    HttpResponse<String> response =
        get(URL + "/messages?to=" + URLEncoder.encode(e164, StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("SMS centre answered " + response.statusCode());
    }
    JsonArray array = (JsonArray) Json.structure(response.body());
    return array.getValuesAs(JsonObject.class).stream()
        .map(
            o ->
                new Sms(
                    o.getString("to"),
                    o.getString("text"),
                    Instant.parse(o.getString("receivedAt"))))
        .toList();
  }

  /** Waits up to {@code timeout} for a message to the number whose text matches. */
  public static Optional<Sms> awaitMessageTo(
      String e164, Predicate<String> text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    do {
      Optional<Sms> found = messagesTo(e164).stream().filter(m -> text.test(m.text())).findFirst();
      if (found.isPresent()) {
        return found;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    } while (System.nanoTime() < deadline);
    return Optional.empty();
  }

  private static boolean answers() {
    try {
      return get(URL + "/messages?to=%2B70000000000").statusCode() == 200;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  private static HttpResponse<String> get(String url) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
