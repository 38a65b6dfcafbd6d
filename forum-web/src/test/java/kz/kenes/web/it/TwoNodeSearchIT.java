package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Beyond one machine: two WildFly nodes on one PostgreSQL database and one OpenSearch (with the
 * Kenes analysis plugin), KENES_SEARCH_BACKEND=elasticsearch and
 * KENES_SEARCH_COORDINATION=outbox-polling. A post written through node 1 is found through node 2,
 * in Latin script and inflected (the Kazakh analysis runs inside OpenSearch), and withdrawn through
 * node 2 it is gone from node 1's search; only the first node built the index at start-up.
 *
 * <p>Not an Arquillian test: it starts OpenSearch and both nodes itself and stops them at the end,
 * failed or not. Run by {@code mvn verify -Popensearch} (PostgreSQL database kenes_it_os, see
 * .ci/run); the default build excludes it.
 */
@ExtendWith(KenesExtension.class)
class TwoNodeSearchIT {
  Kenes kenes;

  static final String BODY = "akzhol-rural-district";
  static final Duration INDEXED_WITHIN = Duration.ofSeconds(15);

  static SearchCluster cluster;
  static SearchCluster.Node node1;
  static SearchCluster.Node node2;

  @BeforeAll
  static void start(Kenes kenes) throws Exception {
    SearchCluster.resetDatabase(
        System.getProperty("kenes.it.os.db.url"),
        System.getProperty("kenes.it.os.db.user"),
        System.getProperty("kenes.it.os.db.password"));
    cluster = new SearchCluster();
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
    // Node 1 first, alone: it creates the indexes in OpenSearch, loads the demo data (bodies,
    // accounts) and claims the first build of the index. Two nodes starting at the same moment on
    // an empty cluster race to create the same indexes and one fails to deploy (docs/operations.md)
    Map<String, String> first = new HashMap<>(env);
    first.put("KENES_DEMO_DATA", "true");
    Map<String, String> second = new HashMap<>(env);
    second.put("KENES_DEMO_DATA", "false");
    node1 =
        cluster.startNode("node1", Integer.getInteger("kenes.it.os.node1.offset", 14000), first);
    node1.awaitDeployed();
    node2 =
        cluster.startNode("node2", Integer.getInteger("kenes.it.os.node2.offset", 15000), second);
    node2.awaitDeployed();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aPostWrittenOnOneNodeIsFoundOnTheOtherAndWithdrawnOnTheOtherIsGoneFromTheFirst()
      throws Exception {
    Http one = new Http(URI.create(node1.url()).toURL());
    Http two = new Http(URI.create(node2.url()).toURL());
    String token = kenes.tokenFor("resident");

    String title = "Жол жөндеу туралы " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        one.postJson(
            "api/v1/bodies/" + BODY + "/threads",
            ApiIT.threadJson("QUESTION", title, "Бірінші хабарлама.", "ROADS"),
            token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long threadId = Json.parse(created.body()).getJsonNumber("id").longValue();
    HttpResponse<String> reply =
        one.postJson(
            "api/v1/threads/" + threadId + "/posts",
            "{\"body\":" + ApiIT.quote("Ауылымыздағы жолдарды жөндеу керек") + "}",
            token);
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    long postId = Json.parse(reply.body()).getJsonNumber("id").longValue();

    long written = System.nanoTime();
    // found through node 2, in Latin script and uninflected: Kazakh analysis inside OpenSearch
    JsonObject hit = await(two, "auyl jol", postId, true);
    System.out.printf(
        "TwoNodeSearchIT: found on node 2 %d ms after the reply's commit on node 1%n",
        Duration.ofNanos(System.nanoTime() - written).toMillis());
    assertThat(hit.getJsonNumber("threadId").longValue()).isEqualTo(threadId);
    assertThat(hit.getString("title")).isEqualTo(title);
    assertThat(hit.getString("snippet")).contains("<mark>");
    assertThat(await(two, "жолдар", postId, true)).isNotNull();
    assertThat(await(one, "auyl jol", postId, true)).isNotNull();

    // withdrawn by its author through node 2: gone from node 1's search
    HttpResponse<String> withdrawn =
        two.send(
            two.request("api/v1/posts/" + postId)
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
    long removed = System.nanoTime();
    await(one, "auyl jol", postId, false);
    System.out.printf(
        "TwoNodeSearchIT: gone from node 1 %d ms after the withdrawal on node 2%n",
        Duration.ofNanos(System.nanoTime() - removed).toMillis());
    await(two, "auyl jol", postId, false);

    // the index is OpenSearch's, not a local Lucene directory of either node
    assertThat(SearchCluster.get(cluster.searchUrl() + "/_cat/indices?h=index"))
        .contains("post-", "thread-");
    // created with Kenes' index settings: refreshed every 200 ms, so the other node finds soon
    assertThat(SearchCluster.get(cluster.searchUrl() + "/post-*/_settings/index.refresh_interval"))
        .contains("\"refresh_interval\":\"200ms\"");
    assertThat(node1.hasLocalIndex()).isFalse();
    assertThat(node2.hasLocalIndex()).isFalse();
  }

  @Test
  void onlyTheFirstNodeBuiltTheSharedIndexAtStartUp() throws InterruptedException {
    String admin = kenes.tokenFor("admin");
    JsonObject first = reindexState(node1, admin);
    for (int i = 0; i < 60 && first.getBoolean("running"); i++) {
      java.lang.Thread.sleep(500);
      first = reindexState(node1, admin);
    }
    assertThat(first.getString("reason")).as(first.toString()).startsWith("first start");
    assertThat(first.getString("outcome")).as(first.toString()).isEqualTo("DONE");
    // node 2 found the version node 1 recorded in search_index_state and built nothing
    JsonObject second = reindexState(node2, admin);
    assertThat(second.containsKey("reason") && !second.isNull("reason"))
        .as(second.toString())
        .isFalse();
    assertThat(second.getBoolean("running")).isFalse();
  }

  private static JsonObject reindexState(SearchCluster.Node node, String admin) {
    try {
      Http http = new Http(URI.create(node.url()).toURL());
      HttpResponse<String> response = http.get("api/v1/admin/search/reindex", admin);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return Json.parse(response.body());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Searches {@code q} in {@link #BODY} through {@code http}, paging through every result, until
   * the post is found ({@code present}) or no longer found; fails after {@link #INDEXED_WITHIN}.
   */
  private static JsonObject await(Http http, String q, long postId, boolean present)
      throws InterruptedException {
    long deadline = System.nanoTime() + INDEXED_WITHIN.toNanos();
    while (true) {
      JsonObject hit = find(http, q, postId);
      if ((hit != null) == present) {
        return hit;
      }
      assertThat(System.nanoTime())
          .as(
              "'%s' through %s %s post %d within %s",
              q,
              http.request("").build().uri(),
              present ? "did not find" : "still finds",
              postId,
              INDEXED_WITHIN)
          .isLessThan(deadline);
      java.lang.Thread.sleep(200);
    }
  }

  private static JsonObject find(Http http, String q, long postId) {
    for (int page = 1; page <= 50; page++) {
      HttpResponse<String> response =
          http.get(
              "api/v1/search?q="
                  + URLEncoder.encode(q, StandardCharsets.UTF_8)
                  + "&body="
                  + BODY
                  + "&page="
                  + page);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject result = Json.parse(response.body());
      JsonObject hit = SearchIT.findHit(result, "POST", postId);
      if (hit != null) {
        return hit;
      }
      if (page * 20 >= result.getInt("total")) {
        return null;
      }
    }
    return null;
  }
}
