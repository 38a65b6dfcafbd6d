package kz.kenes.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generic HTTP SMS gateway: one JSON POST a message to {@code KENES_SMS_HTTP_URL}, the body made
 * from the {@code KENES_SMS_HTTP_BODY} template whose {@code {to}}, {@code {from}} and {@code
 * {text}} are replaced by JSON-escaped values (so they belong inside quotes in the template). Basic
 * credentials when {@code KENES_SMS_HTTP_USER} is set. A 2xx answer means accepted; its id is the
 * {@code id}, {@code message_id} or {@code messageId} field of a JSON answer, else a generated one.
 */
final class HttpGateway implements SmsGateway {

  private static final System.Logger LOG = System.getLogger(HttpGateway.class.getName());
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(to|from|text)\\}");
  private static final Pattern ANSWER_ID =
      Pattern.compile("\"(?:id|message_id|messageId)\"\\s*:\\s*\"?([A-Za-z0-9._:-]{1,64})");

  private final SmsSettings settings;
  private final HttpClient client;
  private volatile boolean closed;

  HttpGateway(SmsSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String send(SmsMessage message) {
    if (closed) {
      throw new SmsException("the SMS gateway is closed");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.httpUrl())
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    body(settings.httpBody(), message.to(), settings.sender(), message.text()),
                    StandardCharsets.UTF_8));
    if (settings.httpUser() != null) {
      String pair =
          settings.httpUser()
              + ":"
              + (settings.httpPassword() == null ? "" : settings.httpPassword());
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SmsException(
          "the HTTP SMS gateway is unreachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmsException("interrupted while sending an SMS", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new SmsException("the HTTP SMS gateway answered " + response.statusCode());
    }
    Matcher id = ANSWER_ID.matcher(response.body() == null ? "" : response.body());
    String messageId = id.find() ? id.group(1) : "http-" + UUID.randomUUID();
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> "SMS to " + PhoneNumbers.mask(message.to()) + " accepted as " + messageId);
    return messageId;
  }

  @Override
  public void onReceipt(Consumer<DeliveryReceipt> receipts) {
    // a generic gateway has no standard way to report delivery
  }

  @Override
  public void close() {
    closed = true;
  }

  /** The template with each placeholder replaced by the JSON-escaped value, in one pass. */
  static String body(String template, String to, String from, String text) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder body = new StringBuilder(template.length() + text.length() + 32);
    while (placeholder.find()) {
      String value =
          switch (placeholder.group(1)) {
            case "to" -> to;
            case "from" -> from;
            default -> text;
          };
      placeholder.appendReplacement(body, Matcher.quoteReplacement(jsonEscape(value)));
    }
    placeholder.appendTail(body);
    return body.toString();
  }

  /** The content of a JSON string literal (RFC 8259 §7), without the quotes. */
  static String jsonEscape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        case '\b' -> escaped.append("\\b");
        case '\f' -> escaped.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
