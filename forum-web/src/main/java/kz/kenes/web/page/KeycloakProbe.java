package kz.kenes.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;

/**
 * Whether Keycloak answers, asked before a visitor is sent there to sign in: while it is down the
 * visitor gets Kenes' friendly 503 page instead of the browser's "cannot connect" on Keycloak's
 * address. A successful answer is believed for {@link #TRUST} (one look per node every half minute
 * at most); a failure is not remembered, so sign-in works again at the first try once Keycloak is
 * back. Per node on purpose: each node asks about its own route to Keycloak.
 */
@ApplicationScoped
public class KeycloakProbe {
  static final Duration TRUST = Duration.ofSeconds(30);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final AtomicLong answeredAt = new AtomicLong(Long.MIN_VALUE);

  /** True when Keycloak's realm answered 200 within the last {@link #TRUST} or answers now. */
  public boolean answers() {
    long now = System.nanoTime();
    long last = answeredAt.get();
    if (last != Long.MIN_VALUE && now - last < TRUST.toNanos()) {
      return true;
    }
    try {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          Settings.value(Setting.KENES_OIDC_PROVIDER_URL)
                              + "/.well-known/openid-configuration"))
                  .timeout(TIMEOUT)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() == 200) {
        answeredAt.set(now);
        return true;
      }
      return false;
    } catch (IOException | IllegalArgumentException notAnswering) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
