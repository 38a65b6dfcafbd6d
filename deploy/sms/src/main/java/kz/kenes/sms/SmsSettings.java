package kz.kenes.sms;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where SMS go, read from the environment variables that Kenes (WildFly) and the Kenes Keycloak
 * extension share. Blank values count as unset.
 *
 * <table>
 *   <caption>Variables and defaults</caption>
 *   <tr><td>{@code KENES_SMS_TRANSPORT}</td><td>{@code smpp}, {@code http} or {@code off}
 *       (default {@code off}: nothing is sent and {@link SmsGateway#send} fails)</td></tr>
 *   <tr><td>{@code KENES_SMPP_HOST}, {@code KENES_SMPP_PORT}</td><td>the SMS centre
 *       (default {@code localhost}, {@code 2775})</td></tr>
 *   <tr><td>{@code KENES_SMPP_SYSTEM_ID}, {@code KENES_SMPP_PASSWORD}</td><td>the bind's
 *       credentials (default {@code kenes} / {@code kenes}, what deploy/run's centre expects)</td></tr>
 *   <tr><td>{@code KENES_SMS_SENDER}</td><td>the sender name or number residents see
 *       (default {@code Kenes})</td></tr>
 *   <tr><td>{@code KENES_SMS_HTTP_URL}</td><td>the HTTP gateway's URL (required for
 *       {@code http})</td></tr>
 *   <tr><td>{@code KENES_SMS_HTTP_USER}, {@code KENES_SMS_HTTP_PASSWORD}</td><td>basic
 *       credentials (none by default)</td></tr>
 *   <tr><td>{@code KENES_SMS_HTTP_BODY}</td><td>the JSON body template with {@code {to}},
 *       {@code {from}} and {@code {text}} (default {@link #DEFAULT_HTTP_BODY})</td></tr>
 * </table>
 */
public record SmsSettings(
    Transport transport,
    String smppHost,
    int smppPort,
    String smppSystemId,
    String smppPassword,
    String sender,
    URI httpUrl,
    String httpUser,
    String httpPassword,
    String httpBody) {

  public static final String DEFAULT_HTTP_BODY =
      "{\"to\":\"{to}\",\"from\":\"{from}\",\"text\":\"{text}\"}";

  /** How messages leave. */
  public enum Transport {
    /** SMPP 3.4 to an operator's SMS centre (or deploy/run's development centre). */
    SMPP,
    /** A POST to a generic HTTP SMS gateway. */
    HTTP,
    /** No SMS: sending fails with {@link SmsException}. */
    OFF
  }

  public SmsSettings {
    Objects.requireNonNull(transport, "transport");
    if (transport == Transport.HTTP && httpUrl == null) {
      throw new IllegalArgumentException(
          "KENES_SMS_HTTP_URL is required when KENES_SMS_TRANSPORT=http");
    }
    if (smppPort < 1 || smppPort > 65535) {
      throw new IllegalArgumentException("KENES_SMPP_PORT must be a port number");
    }
  }

  /**
   * The settings from a lookup such as {@code System::getenv} or MicroProfile Config's {@code
   * getOptionalValue}.
   *
   * @throws IllegalArgumentException naming the variable when a value is malformed
   */
  public static SmsSettings from(Function<String, String> lookup) {
    Objects.requireNonNull(lookup, "lookup");
    String transport = value(lookup, "KENES_SMS_TRANSPORT", "off").toUpperCase(Locale.ROOT);
    Transport chosen;
    try {
      chosen = Transport.valueOf(transport);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("KENES_SMS_TRANSPORT must be smpp, http or off", e);
    }
    int port;
    try {
      port = Integer.parseInt(value(lookup, "KENES_SMPP_PORT", "2775"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("KENES_SMPP_PORT must be a port number", e);
    }
    String url = value(lookup, "KENES_SMS_HTTP_URL", null);
    URI httpUrl = null;
    if (url != null) {
      try {
        httpUrl = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("KENES_SMS_HTTP_URL must be a URL", e);
      }
      if (!"http".equals(httpUrl.getScheme()) && !"https".equals(httpUrl.getScheme())) {
        throw new IllegalArgumentException("KENES_SMS_HTTP_URL must be an http or https URL");
      }
    }
    return new SmsSettings(
        chosen,
        value(lookup, "KENES_SMPP_HOST", "localhost"),
        port,
        value(lookup, "KENES_SMPP_SYSTEM_ID", "kenes"),
        value(lookup, "KENES_SMPP_PASSWORD", "kenes"),
        value(lookup, "KENES_SMS_SENDER", "Kenes"),
        httpUrl,
        value(lookup, "KENES_SMS_HTTP_USER", null),
        value(lookup, "KENES_SMS_HTTP_PASSWORD", null),
        value(lookup, "KENES_SMS_HTTP_BODY", DEFAULT_HTTP_BODY));
  }

  /** The settings of the process environment. */
  public static SmsSettings fromEnvironment() {
    return from(System::getenv);
  }

  private static String value(Function<String, String> lookup, String name, String fallback) {
    String value = lookup.apply(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** No passwords: settings may be logged. */
  @Override
  public String toString() {
    return switch (transport) {
      case SMPP -> "SMS over SMPP to " + smppHost + ":" + smppPort + " as " + smppSystemId;
      case HTTP -> "SMS over HTTP to " + httpUrl.getScheme() + "://" + httpUrl.getAuthority();
      case OFF -> "SMS off";
    };
  }
}
