package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two WildFly nodes behind HAProxy, started by {@code deploy/cluster} (mvn verify -Pcluster): the
 * state that must hold on several nodes does (ADR 0009). Each test uses its own demo account, so
 * the order does not matter, except that the test that kills a node runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  static KenesCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster =
        new KenesCluster()
            .start(Map.of("KENES_LIMIT_POST", "6/1h", "KENES_OUTBOX_RETRY_FIRST", "PT2S"));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aReplyPostedThroughTheBalancerIsOnBothNodesCachedAnonymousPageWithinOneSecond()
      throws Exception {
    String token = cluster.token("resident2");
    long thread = newThread(cluster.balancer(), token, "Cluster cache " + UUID.randomUUID());
    for (int round = 0; round < 3; round++) {
      // both nodes have the page cached for visitors
      for (int n = 1; n <= 2; n++) {
        assertThat(KenesCluster.get(page(n, thread)).statusCode()).isEqualTo(200);
        assertThat(KenesCluster.get(page(n, thread)).statusCode()).isEqualTo(200);
      }
      String text = "reply-" + UUID.randomUUID();
      HttpResponse<String> reply =
          KenesCluster.postJson(
              cluster.balancer().resolve("/api/v1/threads/" + thread + "/posts"),
              "{\"body\":\"" + text + "\"}",
              token);
      assertThat(reply.statusCode()).isEqualTo(201);
      long posted = System.nanoTime();
      List<Long> millis = new ArrayList<>();
      for (int n = 1; n <= 2; n++) {
        while (!KenesCluster.get(page(n, thread)).body().contains(text)) {
          assertThat(System.nanoTime() - posted)
              .as("node %d still serves the page without the reply", n)
              .isLessThan(1_000_000_000L);
          java.lang.Thread.sleep(20);
        }
        millis.add((System.nanoTime() - posted) / 1_000_000);
      }
      System.out.printf(
          "ClusterIT: reply through HAProxy on node1's page after %d ms, node2's after %d ms%n",
          millis.get(0), millis.get(1));
    }
  }

  @Test
  void thePostingLimitIsCountedAcrossBothNodes() throws Exception {
    // KENES_LIMIT_POST is 6 an hour here; the demo data may have used some of resident3's
    String token = cluster.token("resident3");
    long thread = newThread(cluster.node(1), token, "Cluster limit " + UUID.randomUUID());
    int accepted = 1;
    int node = 2;
    while (reply(node, thread, token).statusCode() == 201) {
      accepted++;
      node = 3 - node;
      assertThat(accepted).as("posts accepted across both nodes").isLessThanOrEqualTo(6);
    }
    // refused on one node, refused on the other too: one count for the cluster
    assertThat(reply(3 - node, thread, token).statusCode()).isEqualTo(429);
    assertThat(reply(node, thread, token).statusCode()).isEqualTo(429);
    System.out.printf(
        "ClusterIT: %d posts accepted across both nodes, then 429 on both%n", accepted);
  }

  @Test
  void scheduledJobsRunOncePerTickInTheCluster() throws Exception {
    // both nodes ticked the hourly overdue job at start-up: only the first ran it
    assertThat(lease("overdue-watch").runs).isEqualTo(1);
    // the outbox sweep (every 2 s here) ran about once per 2 s in all, not once per node
    Lease before = lease("outbox-sweep");
    java.lang.Thread.sleep(12_000);
    Lease after = lease("outbox-sweep");
    System.out.printf(
        "ClusterIT: outbox-sweep ran %d times in 12 s (period 2 s), held by %s%n",
        after.runs - before.runs, after.holder);
    assertThat(after.runs - before.runs).isBetween(2L, 7L);
    assertThat(after.holder).startsWith("node");
  }

  @Test
  void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
    Visitor visitor = Visitor.signedIn(cluster, "resident4");
    assertThat(visitor.signedInOn(cluster.node(1))).isTrue();
    assertThat(visitor.signedInOn(cluster.node(2))).isTrue();

    HttpResponse<String> out = visitor.signOut(cluster.node(1));
    assertThat(out.statusCode()).isEqualTo(303);

    assertThat(visitor.signedInOn(cluster.node(2))).isFalse();
    assertThat(visitor.signedInOn(cluster.node(1))).isFalse();
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void aSignedInMemberStaysSignedInWhenTheirNodeIsKilled() throws Exception {
    Visitor visitor = Visitor.signedIn(cluster, "official");
    String node = visitor.cookie("KENES_NODE").orElseThrow();
    int n = Integer.parseInt(node.substring("node".length()));
    assertThat(visitor.signedInOn(cluster.balancer())).isTrue();

    long pid = cluster.pid(n);
    assertThat(new ProcessBuilder("kill", "-KILL", "--", "-" + pid).start().waitFor()).isZero();
    long killed = System.nanoTime();

    // the balancer sends the visitor to the other node, which has the session
    boolean signedIn = false;
    while (!signedIn && System.nanoTime() - killed < 20_000_000_000L) {
      try {
        signedIn = visitor.signedInOn(cluster.balancer());
      } catch (java.io.IOException inFlight) {
        // a request that reached the dead node may fail: the visitor reloads
      }
      if (!signedIn) {
        java.lang.Thread.sleep(200);
      }
    }
    System.out.printf(
        "ClusterIT: %s killed; signed in through the other node after %d ms%n",
        node, (System.nanoTime() - killed) / 1_000_000);
    assertThat(signedIn).isTrue();
    assertThat(visitor.cookie("KENES_NODE")).isPresent().get().isNotEqualTo(node);
    assertThat(visitor.signedInOn(cluster.node(3 - n))).isTrue();
  }

  private record Lease(String holder, long runs) {}

  private static Lease lease(String job) throws Exception {
    try (Connection c = cluster.database();
        PreparedStatement s =
            c.prepareStatement("select holder, runs from job_lease where name = ?")) {
      s.setString(1, job);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("lease row of %s", job).isTrue();
        return new Lease(r.getString(1), r.getLong(2));
      }
    }
  }

  private static URI page(int node, long thread) {
    return cluster.node(node).resolve("/threads/" + thread);
  }

  private static HttpResponse<String> reply(int node, long thread, String token) throws Exception {
    return KenesCluster.postJson(
        cluster.node(node).resolve("/api/v1/threads/" + thread + "/posts"),
        "{\"body\":\"limit " + UUID.randomUUID() + "\"}",
        token);
  }

  private static long newThread(URI node, String token, String title) throws Exception {
    HttpResponse<String> created =
        KenesCluster.postJson(
            node.resolve("/api/v1/bodies/akzhol-rural-district/threads"),
            ApiIT.threadJson("QUESTION", title, "Кластер: вопрос", "WATER_SUPPLY"),
            token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.parse(created.body()).getJsonNumber("id").longValue();
  }
}
