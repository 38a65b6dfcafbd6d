package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite's load generator (issue 13 item 5): a fixed number of replies written by
 * concurrent clients through one address (the load balancer, or one node), each reply carrying a
 * word of its own (its marker), with a fault injected when half of them have been answered. Every
 * write is recorded: answered 2xx (with the post's id), answered otherwise (status), or failed (the
 * connection broke: the in-flight requests of a killed node). No write is retried, so a marker
 * stored twice is a duplicate made by the server.
 *
 * <p>{@link Result#verify} then reads what the database holds (the threads' posts through the API)
 * and what search finds, and counts: acknowledged, lost (answered 2xx, not stored), duplicated
 * (stored twice), in flight (not answered 2xx but committed, which is allowed), not found by
 * search.
 */
final class WriteLoad {
  private static final Pattern MARKER = Pattern.compile("\\b(fs[0-9a-f]{6}n\\d+)\\b");

  /** One write: its number, marker, HTTP status (0: the connection failed) and the post's id. */
  record Outcome(int n, String marker, int status, Long postId, String failure) {
    boolean acknowledged() {
      return status >= 200 && status < 300;
    }
  }

  private WriteLoad() {}

  /**
   * The threads the writes go to: one question on {@code body} by each of {@code tokens}, titled by
   * {@code title} and opened with {@code text}; their ids, in the order of the tokens.
   */
  static List<Long> openThreads(
      Http http,
      String body,
      List<String> tokens,
      java.util.function.Supplier<String> title,
      String text) {
    List<Long> ids = new ArrayList<>();
    for (String token : tokens) {
      HttpResponse<String> created =
          http.postJson(
              "api/v1/bodies/" + body + "/threads",
              ApiIT.threadJson("QUESTION", title.get(), text, "ROADS"),
              token);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      ids.add(Json.parse(created.body()).getJsonNumber("id").longValue());
    }
    return ids;
  }

  /**
   * Writes {@code writes} replies with {@code clients} concurrent clients; client {@code i} writes
   * as {@code tokens[i % n]} on {@code threadIds[i % n]}. {@code fault} (or null) runs once, on its
   * own thread, when half of the writes have been answered 2xx; the clients go on meanwhile, and
   * the run ends when both the writes and the fault are done.
   */
  static Result run(
      Http http, List<String> tokens, List<Long> threadIds, int writes, int clients, Runnable fault)
      throws InterruptedException {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicBoolean faulted = new AtomicBoolean(fault == null);
    java.lang.Thread faultThread = new java.lang.Thread(fault == null ? () -> {} : fault, "fault");
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      String token = tokens.get(c % tokens.size());
      long threadId = threadIds.get(c % threadIds.size());
      pool.submit(
          () -> {
            for (int n = next.getAndIncrement(); n < writes; n = next.getAndIncrement()) {
              String marker = "fs" + run + "n" + n;
              Outcome outcome;
              try {
                HttpResponse<String> reply =
                    http.postJson(
                        "api/v1/threads/" + threadId + "/posts",
                        "{\"body\":" + ApiIT.quote("Ақау сынағы " + marker) + "}",
                        token);
                Long id =
                    reply.statusCode() == 201
                        ? Json.parse(reply.body()).getJsonNumber("id").longValue()
                        : null;
                outcome = new Outcome(n, marker, reply.statusCode(), id, null);
              } catch (RuntimeException broken) {
                outcome = new Outcome(n, marker, 0, null, broken.getClass().getSimpleName());
              }
              outcomes.add(outcome);
              if (outcome.acknowledged()
                  && acknowledged.incrementAndGet() >= writes / 2
                  && faulted.compareAndSet(false, true)) {
                faultThread.start();
              }
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      throw new IllegalStateException("the writes did not end within 30 minutes");
    }
    if (faulted.get() && fault != null) {
      faultThread.join(Duration.ofMinutes(5).toMillis());
    }
    return new Result(
        List.copyOf(outcomes), threadIds, Duration.ofNanos(System.nanoTime() - started));
  }

  /** What the clients saw. */
  record Result(List<Outcome> outcomes, List<Long> threadIds, Duration took) {
    long acknowledged() {
      return outcomes.stream().filter(Outcome::acknowledged).count();
    }

    long refused() {
      return outcomes.stream().filter(o -> o.status() != 0 && !o.acknowledged()).count();
    }

    long broken() {
      return outcomes.stream().filter(o -> o.status() == 0).count();
    }

    /** Reads the threads' posts (database) and searches every acknowledged marker (index). */
    Verification verify(Http reader, Duration searchWithin) throws InterruptedException {
      Map<String, List<Long>> stored = new HashMap<>();
      for (long threadId : threadIds) {
        storedMarkers(reader, threadId, stored);
      }
      long lost = 0;
      long inFlight = 0;
      List<Outcome> searched = new ArrayList<>();
      for (Outcome o : outcomes) {
        List<Long> ids = stored.getOrDefault(o.marker(), List.of());
        if (o.acknowledged()) {
          if (!ids.contains(o.postId())) {
            lost++;
          } else {
            searched.add(o);
          }
        } else if (!ids.isEmpty()) {
          inFlight++;
        }
      }
      long duplicated = stored.values().stream().filter(ids -> ids.size() > 1).count();
      long notFound = notFound(reader, searched, searchWithin);
      return new Verification(
          outcomes.size(),
          acknowledged(),
          refused(),
          broken(),
          lost,
          duplicated,
          inFlight,
          notFound);
    }
  }

  /** The counts the fault suite prints and asserts. */
  record Verification(
      long writes,
      long acknowledged,
      long refused,
      long broken,
      long lost,
      long duplicated,
      long inFlightCommitted,
      long notFoundBySearch) {
    @Override
    public String toString() {
      return String.format(
          "writes %d, acknowledged %d, refused %d, connection broken %d, lost %d, duplicated %d,"
              + " committed without an answer %d, acknowledged but not found by search %d",
          writes,
          acknowledged,
          refused,
          broken,
          lost,
          duplicated,
          inFlightCommitted,
          notFoundBySearch);
    }
  }

  /** Adds each stored post's marker → ids, paging through the thread by post number. */
  private static void storedMarkers(Http http, long threadId, Map<String, List<Long>> stored) {
    int after = 0;
    while (true) {
      HttpResponse<String> page = http.get("api/v1/threads/" + threadId + "?after=" + after);
      if (page.statusCode() != 200) {
        throw new IllegalStateException("thread " + threadId + ": " + page.statusCode());
      }
      int last = after;
      for (JsonObject post :
          Json.parse(page.body()).getJsonArray("posts").getValuesAs(JsonObject.class)) {
        last = Math.max(last, post.getInt("number"));
        String html = post.isNull("bodyHtml") ? "" : post.getString("bodyHtml");
        Matcher m = MARKER.matcher(html);
        if (m.find()) {
          stored
              .computeIfAbsent(m.group(1), k -> new ArrayList<>())
              .add(post.getJsonNumber("id").longValue());
        }
      }
      if (last == after) {
        return;
      }
      after = last;
    }
  }

  /** How many of the writes search does not find by their marker within {@code within}. */
  private static long notFound(Http http, List<Outcome> writes, Duration within)
      throws InterruptedException {
    List<Outcome> missing = new ArrayList<>(writes);
    long deadline = System.nanoTime() + within.toNanos();
    while (!missing.isEmpty()) {
      missing.removeIf(o -> found(http, o));
      if (missing.isEmpty() || System.nanoTime() > deadline) {
        break;
      }
      java.lang.Thread.sleep(1_000);
    }
    return missing.size();
  }

  private static boolean found(Http http, Outcome write) {
    HttpResponse<String> response =
        http.get("api/v1/search?q=" + URLEncoder.encode(write.marker(), StandardCharsets.UTF_8));
    return response.statusCode() == 200
        && Json.parse(response.body()).getJsonArray("hits").stream()
            .map(v -> (JsonObject) v)
            .anyMatch(
                h ->
                    "POST".equals(h.getString("kind", ""))
                        && h.getJsonNumber("id").longValue() == write.postId());
  }
}
