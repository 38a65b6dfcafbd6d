package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The flood guard of anonymous search: over {@code KENES_LIMIT_ANONYMOUS} (300/1m in the IT
 * configuration) an address gets 429 with {@code Retry-After}, problem+json on the API and the
 * friendly page on HTML, while signed-in members and other addresses go on. The IT server trusts
 * the loopback proxy, so each test floods from a forwarded address of its own.
 */
@KenesIT
class FloodGuardIT {
  private static final int LIMIT = 300;

  Kenes kenes;
  Http http;

  private static String address() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "198.51." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  private HttpResponse<String> get(Http http, String path, String address, String token) {
    HttpRequest.Builder request = http.request(path).header("X-Forwarded-For", address);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build());
  }

  @Test
  void anAnonymousFloodGets429WithRetryAfterOnTheApiAndThePage() {
    String flooder = address();
    for (int i = 0; i < LIMIT; i++) {
      assertThat(get(http, "search", flooder, null).statusCode())
          .as("request %d", i + 1)
          .isEqualTo(200);
    }
    HttpResponse<String> api = get(http, "api/v1/search?q=jol", flooder, null);
    assertThat(api.statusCode()).isEqualTo(429);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);

    HttpResponse<String> page = get(http, "search?q=jol", flooder, null);
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body()).contains("<html");

    HttpResponse<String> similar =
        get(http, "api/v1/bodies/aktogay-rural-district/similar?title=jol", flooder, null);
    assertThat(similar.statusCode()).isEqualTo(429);

    assertThat(get(http, "api/v1/search?q=jol", address(), null).statusCode())
        .as("another address")
        .isNotEqualTo(429);
    assertThat(get(http, "api/v1/search?q=jol", flooder, kenes.tokenFor("resident")).statusCode())
        .as("a signed-in member")
        .isNotEqualTo(429);
    assertThat(get(http, "api/v1/bodies", flooder, null).statusCode())
        .as("cheap reads are not guarded")
        .isEqualTo(200);
  }
}
