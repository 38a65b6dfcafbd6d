package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenSearch down (issue 13 item 7): a node on OpenSearch with outbox polling keeps serving its
 * pages (200) while OpenSearch is stopped; {@code /api/v1/search} answers 503 problem+json with
 * {@code Retry-After} and the search page a friendly 503 page; of 200 replies written by four
 * residents while OpenSearch stops (at half of them: {@link WriteLoad}) every one is acknowledged
 * (201), and once OpenSearch is back every one is stored once and found, and the reconciliation
 * shows the index equal to the database.
 *
 * <p>Hibernate Search retries an event whose indexing failed a few times (30 s apart) and then
 * gives it up (ABORTED): after an outage longer than that, the reconciliation's repair re-enqueues
 * what is missing. The test prints which of the two brought the writes back.
 *
 * <p>Not an Arquillian test: like {@link TwoNodeSearchIT} it starts OpenSearch and one node itself
 * ({@link SearchCluster}); run by {@code mvn verify -Popensearch}.
 */
@ExtendWith(KenesExtension.class)
class OpenSearchDownIT {
  static final String BODY = "akzhol-rural-district";
  static final Duration BACK_WITHIN = Duration.ofSeconds(90);
  static final int WRITES = 200;
  static final List<String> RESIDENTS = List.of("resident", "resident2", "resident3", "resident4");

  Kenes kenes;

  static SearchCluster cluster;
  static SearchCluster.Node node;

  @BeforeAll
  static void start(Kenes kenes) throws Exception {
    SearchCluster.resetDatabase(
        System.getProperty("kenes.it.os.db.url"),
        System.getProperty("kenes.it.os.db.user"),
        System.getProperty("kenes.it.os.db.password"));
    cluster = new SearchCluster("opensearch-down");
    cluster.startOpenSearch();
    Map<String, String> env = new HashMap<>();
    env.put("KENES_DB_DRIVER", "postgresql");
    env.put("KENES_DB_URL", System.getProperty("kenes.it.os.db.url"));
    env.put("KENES_DB_USER", System.getProperty("kenes.it.os.db.user"));
    env.put("KENES_DB_PASSWORD", System.getProperty("kenes.it.os.db.password"));
    env.put("KENES_SEARCH_BACKEND", "elasticsearch");
    env.put("KENES_SEARCH_HOSTS", URI.create(cluster.searchUrl()).getAuthority());
    env.put("KENES_SEARCH_COORDINATION", "outbox-polling");
    env.put("KENES_SEARCH_SYNCHRONIZATION", "");
    env.put("KENES_OIDC_PROVIDER_URL", kenes.realmUrl());
    env.put("KENES_MAIL_ENABLED", "false");
    env.put("KENES_DEMO_DATA", "true");
    node = cluster.startNode("node1", Integer.getInteger("kenes.it.os.node1.offset", 14000), env);
    node.awaitDeployed();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void pagesServeSearchIs503AndWritesMadeMeanwhileAreIndexedWhenItReturns() throws Exception {
    Http http = new Http(URI.create(node.url()).toURL());
    String admin = kenes.tokenFor("admin");
    awaitSearchAnswers(http);

    String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    List<String> tokens = RESIDENTS.stream().map(kenes::tokenFor).toList();
    List<Long> threadIds =
        WriteLoad.openThreads(http, BODY, tokens, () -> "Су құбыры " + marker, "Су жоқ " + marker);
    long threadId = threadIds.get(0);
    awaitFound(http, marker, threadId, Duration.ofSeconds(30));

    // replies written by four residents; OpenSearch stops when half of them are answered
    long[] down = new long[1];
    WriteLoad.Result load =
        WriteLoad.run(
            http,
            tokens,
            threadIds,
            WRITES,
            4,
            () -> {
              try {
                cluster.stopOpenSearch();
                down[0] = System.nanoTime();
              } catch (InterruptedException e) {
                java.lang.Thread.currentThread().interrupt();
              }
            });
    assertThat(down[0]).as("OpenSearch was stopped during the writes").isNotZero();
    // every write is acknowledged, before and after OpenSearch stopped: the change and its
    // indexing event commit together, and nothing asks the index
    assertThat(load.acknowledged()).as(load.outcomes().toString()).isEqualTo(WRITES);

    // pages answer as ever: they never ask the index
    for (String page : List.of("", "bodies/" + BODY, "threads/" + threadId)) {
      HttpResponse<String> shown = http.get(page);
      assertThat(shown.statusCode()).as("GET /" + page + " with OpenSearch down").isEqualTo(200);
    }
    // search: not now, come back later
    HttpResponse<String> api = http.get("api/v1/search?q=" + marker);
    assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(Json.parse(api.body()).getInt("status")).isEqualTo(503);
    HttpResponse<String> page =
        http.send(http.request("search?q=" + marker).header("Accept-Language", "en").GET().build());
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("Search is temporarily unavailable").doesNotContain("HSEARCH");
    HttpResponse<String> unreadable = http.get("api/v1/admin/search/reconciliation", admin);
    assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(503);

    cluster.restartOpenSearch();
    System.out.printf(
        "OpenSearchDownIT: OpenSearch down for %d s; %d of %d replies acknowledged%n",
        Duration.ofNanos(System.nanoTime() - down[0]).toSeconds(), load.acknowledged(), WRITES);
    awaitSearchAnswers(http);

    JsonObject report = awaitConsistent(http, admin, BACK_WITHIN);
    String how = "the outbox's retries";
    if (!report.getBoolean("consistent")) {
      // Hibernate Search gave the events up during a long outage: the repair brings them back
      how = "the reconciliation's repair (" + report.getJsonNumber("missingCount") + " missing)";
      HttpResponse<String> repair =
          http.send(
              http.request("api/v1/admin/search/reconciliation/repair")
                  .header("Authorization", "Bearer " + admin)
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(repair.statusCode()).as(repair.body()).isEqualTo(200);
      report = awaitConsistent(http, admin, Duration.ofSeconds(30));
    }
    assertThat(report.getBoolean("consistent")).as(report.toString()).isTrue();
    assertThat(report.getJsonObject("database").getInt("total"))
        .isEqualTo(report.getJsonObject("index").getInt("total"));
    WriteLoad.Verification counts = load.verify(http, Duration.ofSeconds(30));
    System.out.printf(
        "OpenSearchDownIT: %s; index brought back by %s; reconciliation: database %s, index %s%n",
        counts, how, report.getJsonObject("database"), report.getJsonObject("index"));
    assertThat(counts.lost()).as(counts.toString()).isZero();
    assertThat(counts.duplicated()).as(counts.toString()).isZero();
    assertThat(counts.notFoundBySearch()).as(counts.toString()).isZero();
  }

  /** Waits until search answers (the first build of the index is done, OpenSearch is up). */
  private static void awaitSearchAnswers(Http http) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (http.get("api/v1/search?q=jol").statusCode() != 200) {
      assertThat(System.nanoTime()).as("search answers").isLessThan(deadline);
      java.lang.Thread.sleep(500);
    }
  }

  /** The reconciliation once it shows the index equal to the database (or after {@code within}). */
  static JsonObject awaitConsistent(Http http, String admin, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      HttpResponse<String> response = http.get("api/v1/admin/search/reconciliation", admin);
      if (response.statusCode() == 200) {
        JsonObject report = Json.parse(response.body());
        if (report.getBoolean("consistent") || System.nanoTime() > deadline) {
          return report;
        }
      }
      assertThat(System.nanoTime())
          .as("reconciliation answers: %s", response.body())
          .isLessThan(deadline + Duration.ofSeconds(10).toNanos());
      java.lang.Thread.sleep(1_000);
    }
  }

  /** Waits until a search for {@code marker} finds the post or thread {@code id}. */
  private static void awaitFound(Http http, String marker, long id, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    String q = URLEncoder.encode(marker, StandardCharsets.UTF_8);
    while (true) {
      HttpResponse<String> response = http.get("api/v1/search?q=" + q);
      if (response.statusCode() == 200
          && Json.parse(response.body()).getJsonArray("hits").stream()
              .map(v -> (JsonObject) v)
              .anyMatch(h -> h.getJsonNumber("id").longValue() == id)) {
        return;
      }
      assertThat(System.nanoTime()).as("%s found: %s", id, response.body()).isLessThan(deadline);
      java.lang.Thread.sleep(500);
    }
  }
}
