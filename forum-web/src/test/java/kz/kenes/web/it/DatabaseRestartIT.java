package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted under a running Kenes (only with -Ppostgresql; skipped on H2): while the
 * database is down, requests answer a clean 503 (problem+json under /api, the friendly page
 * elsewhere), and once it is back the connection pool recovers by itself, without restarting
 * WildFly. It stops PostgreSQL for a few seconds with pg_ctlcluster (the tests run as root on CI)
 * and always starts it again before it ends, so the tests after it are not disturbed.
 */
@KenesIT
class DatabaseRestartIT {
  static final String BODY = "akzhol-rural-district";

  Kenes kenes;
  Http http;

  @Test
  void whilePostgresqlRestartsRequestsAnswer503AndThePoolRecoversByItself() throws Exception {
    String url = System.getenv("KENES_DB_URL");
    assumeTrue(
        url != null && url.startsWith("jdbc:postgresql:"), "only on PostgreSQL (-Ppostgresql)");
    String token = kenes.tokenFor("resident");
    long threadId = openThread(http, token);

    assertThat(run("pg_ctlcluster", "15", "main", "stop", "-m", "fast")).isZero();
    try {
      assertProblem(http.get("api/v1/threads/" + threadId), 503);
      assertProblem(reply(http, threadId, token), 503);
      HttpResponse<String> page = http.get("threads/" + threadId);
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(page.body()).doesNotContain("Exception").doesNotContain("SQL");
    } finally {
      assertThat(run("pg_ctlcluster", "15", "main", "start")).isZero();
    }
    // no restart of WildFly: the pool drops the dead connections and opens new ones
    awaitStatus(() -> http.get("api/v1/threads/" + threadId), 200);
    assertThat(reply(http, threadId, token).statusCode()).isEqualTo(201);
  }

  private static long openThread(Http http, String token) {
    HttpResponse<String> opened =
        http.postJson(
            "api/v1/bodies/" + BODY + "/threads",
            ApiIT.threadJson(
                "QUESTION",
                "Faults " + UUID.randomUUID().toString().substring(0, 8),
                "Бірінші хабарлама.",
                "ROADS"),
            token);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return Json.parse(opened.body()).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> reply(Http http, long threadId, String token) {
    return http.postJson(
        "api/v1/threads/" + threadId + "/posts", "{\"body\":\"Жауап бар ма?\"}", token);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Json.parse(response.body()).getInt("status")).isEqualTo(status);
  }

  private static void awaitStatus(
      java.util.function.Supplier<HttpResponse<String>> call, int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    HttpResponse<String> last = call.get();
    while (last.statusCode() != status && System.nanoTime() < deadline) {
      java.lang.Thread.sleep(1000);
      last = call.get();
    }
    assertThat(last.statusCode()).as(last.body()).isEqualTo(status);
  }

  private static int run(String... command) throws Exception {
    Process process = new ProcessBuilder(List.of(command)).inheritIO().start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
