package kz.kenes.web.it;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import kz.kenes.sms.SmsGateway;

/**
 * The development SMS centre of this test JVM ({@link SmsCentreTestServer}), where WildFly and
 * Keycloak send their SMS: what it received for a number, and a gateway to send through it.
 * Injected by {@link KenesExtension}, which starts it with the test Keycloak and closes it when the
 * JVM's tests end.
 */
public final class SmsCentre {
  SmsCentre() {}

  /** The messages the centre received for a number (E.164), newest first. */
  public List<SmsCentreTestServer.Sms> messagesTo(String e164) {
    return SmsCentreTestServer.messagesTo(e164);
  }

  /** Waits up to {@code timeout} for a message to the number whose text matches. */
  public Optional<SmsCentreTestServer.Sms> awaitMessageTo(
      String e164, Predicate<String> text, Duration timeout) {
    return SmsCentreTestServer.awaitMessageTo(e164, text, timeout);
  }

  /** A client of the centre through the SMS library, as Kenes has one (close it after use). */
  public SmsGateway gateway() {
    return SmsCentreTestServer.gateway();
  }
}
