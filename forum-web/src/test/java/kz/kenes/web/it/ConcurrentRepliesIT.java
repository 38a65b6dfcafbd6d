package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Residents replying to one thread at the same moment: every reply lands, numbered in order. */
@KenesIT
class ConcurrentRepliesIT {
  static final List<String> RESIDENTS = List.of("resident", "resident2", "resident3", "resident4");
  static final int REPLIES_EACH = 20;

  Kenes kenes;
  Http http;

  @Test
  void fourResidentsReplyingToOneThreadAtOnceAllGet201AndContiguousNumbers() throws Exception {
    HttpResponse<String> opened =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            ApiIT.threadJson(
                "QUESTION",
                "Concurrent replies " + UUID.randomUUID().toString().substring(0, 8),
                "Бірінші хабарлама.",
                "ROADS"),
            kenes.tokenFor("resident"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long threadId = Json.parse(opened.body()).getJsonNumber("id").longValue();

    ExecutorService clients = Executors.newFixedThreadPool(RESIDENTS.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Integer>>> statuses = new ArrayList<>();
    for (String resident : RESIDENTS) {
      String token = kenes.tokenFor(resident);
      statuses.add(
          clients.submit(
              () -> {
                go.await();
                List<Integer> codes = new ArrayList<>();
                for (int n = 0; n < REPLIES_EACH; n++) {
                  HttpResponse<String> reply =
                      http.postJson(
                          "api/v1/threads/" + threadId + "/posts",
                          "{\"body\":\"" + resident + " жауап " + n + "\"}",
                          token);
                  codes.add(reply.statusCode());
                }
                return codes;
              }));
    }
    go.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<List<Integer>> client : statuses) {
      codes.addAll(client.get());
    }
    clients.shutdown();

    assertThat(codes).hasSize(RESIDENTS.size() * REPLIES_EACH).containsOnly(201);
    List<Integer> numbers = new ArrayList<>();
    HttpResponse<String> thread = http.get("api/v1/threads/" + threadId);
    assertThat(thread.statusCode()).isEqualTo(200);
    JsonObject details = Json.parse(thread.body());
    for (JsonObject post : details.getJsonArray("posts").getValuesAs(JsonObject.class)) {
      numbers.add(post.getInt("number"));
    }
    int total = RESIDENTS.size() * REPLIES_EACH + 1;
    assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
  }
}
