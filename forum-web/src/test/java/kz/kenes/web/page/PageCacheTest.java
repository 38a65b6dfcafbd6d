package kz.kenes.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  private final PageCache cache = new PageCache(new ConcurrentHashMap<>());
  private final AtomicInteger renders = new AtomicInteger();

  private static String text(byte[] html) {
    return new String(html, java.nio.charset.StandardCharsets.UTF_8);
  }

  private byte[] render() {
    return ("<p>" + renders.incrementAndGet() + "</p>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aPageIsRenderedOnceUntilSomethingIsWritten() {
    assertThat(text(cache.get("thread:1:kk", this::render).identity())).isEqualTo("<p>1</p>");
    assertThat(text(cache.get("thread:1:kk", this::render).identity())).isEqualTo("<p>1</p>");
    assertThat(text(cache.get("thread:1:ru", this::render).identity())).isEqualTo("<p>2</p>");
    assertThat(renders).hasValue(2);

    cache.changedInTransaction();

    assertThat(cache.size()).isZero();
    assertThat(text(cache.get("thread:1:kk", this::render).identity())).isEqualTo("<p>3</p>");
  }

  @Test
  void aWriteOnOneNodeStalesThePagesAndValuesOfEveryNodeSharingTheGeneration() {
    ConcurrentMap<String, Long> cluster = new ConcurrentHashMap<>();
    PageCache a = new PageCache(cluster);
    PageCache b = new PageCache(cluster);
    b.get("thread:1:kk", this::render);
    assertThat(b.remember("unread:7", () -> 3)).isEqualTo(3);
    assertThat(b.size()).isEqualTo(1);

    a.changedInTransaction();

    assertThat(b.size()).isZero();
    assertThat(text(b.get("thread:1:kk", this::render).identity())).isEqualTo("<p>2</p>");
    assertThat(b.remember("unread:7", () -> 4)).isEqualTo(4);
  }

  @Test
  void whenTheClusterRefusesTheNewGenerationTheNodeDropsItsOwnPagesAndTheWriteGoesOn() {
    ConcurrentHashMap<String, Long> refusing =
        new ConcurrentHashMap<>() {
          @Override
          public Long put(String key, Long value) {
            throw new IllegalStateException("cluster splitting");
          }
        };
    PageCache node = new PageCache(refusing);
    node.get("thread:1:kk", this::render);

    node.changedInTransaction();

    assertThat(node.size()).isZero();
    assertThat(text(node.get("thread:1:kk", this::render).identity())).isEqualTo("<p>2</p>");
  }

  @Test
  void itKeepsABoundedNumberOfPages() {
    for (int i = 0; i < PageCache.MAX_ENTRIES * 3; i++) {
      cache.get("thread:" + i + ":kk", this::render);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(PageCache.MAX_ENTRIES);
  }

  @Test
  void onlyKenesEntitiesChangePages() {
    record KenesRow(long id) {}
    assertThat(PageCache.shownOnPages(new KenesRow(1))).isTrue();
    // Hibernate Search's outbox rows are written by its own threads, which have no java:comp.
    assertThat(PageCache.shownOnPages(new java.util.HashMap<String, Object>())).isFalse();
  }

  @Test
  void aPageOrValueKeptForAMinuteIsReadAgainAfterItEvenWhenNothingIsWritten() {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    PageCache node = new PageCache(new ConcurrentHashMap<>(), now::get);
    java.time.Duration minute = java.time.Duration.ofMinutes(1);
    assertThat(text(node.get("monitoring:x", minute, this::render).identity()))
        .isEqualTo("<p>1</p>");
    assertThat(node.remember("report:x", minute, () -> "a")).isEqualTo("a");

    now.addAndGet(minute.toNanos() - 1);
    assertThat(text(node.get("monitoring:x", minute, this::render).identity()))
        .isEqualTo("<p>1</p>");
    assertThat(node.remember("report:x", minute, () -> "b")).isEqualTo("a");
    // kept without a limit, the same entry is still served
    assertThat(text(node.get("monitoring:x", this::render).identity())).isEqualTo("<p>1</p>");

    now.incrementAndGet();
    assertThat(text(node.get("monitoring:x", minute, this::render).identity()))
        .isEqualTo("<p>2</p>");
    assertThat(node.remember("report:x", minute, () -> "c")).isEqualTo("c");

    node.changedInTransaction();
    assertThat(node.remember("report:x", minute, () -> "d")).isEqualTo("d");
  }

  @Test
  void whileOneRequestReadsAnOldValueAgainTheOthersGetTheOldOneButNeverAfterAWrite() {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    PageCache node = new PageCache(new ConcurrentHashMap<>(), now::get);
    java.time.Duration minute = java.time.Duration.ofMinutes(1);
    assertThat(node.remember("report:x", minute, () -> "a")).isEqualTo("a");
    now.addAndGet(minute.toNanos());

    // the first request after the minute reads again; one arriving meanwhile gets the old value
    assertThat(whileReading(node, minute, "b", "read twice")).containsExactly("b", "a");
    assertThat(node.remember("report:x", minute, () -> "c")).isEqualTo("b");

    // a failed read leaves the old value for the next request to read again
    now.addAndGet(minute.toNanos());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                node.remember(
                    "report:x",
                    minute,
                    () -> {
                      throw new IllegalStateException("database away");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(node.remember("report:x", minute, () -> "d")).isEqualTo("d");

    // after a write nobody gets the old value, not even while another request reads it again
    now.addAndGet(minute.toNanos());
    node.changedInTransaction();
    assertThat(whileReading(node, minute, "f", "e")).containsExactly("f", "e");
  }

  /**
   * A request that reads {@code first} for {@code report:x} while, during its read, a second
   * request asks for the same key (and would read {@code second}): what each of them got.
   */
  private static java.util.List<String> whileReading(
      PageCache node, java.time.Duration maxAge, String first, String second) {
    String[] meanwhile = new String[1];
    String got =
        node.remember(
            "report:x",
            maxAge,
            () -> {
              meanwhile[0] = node.remember("report:x", maxAge, () -> second);
              return first;
            });
    return java.util.List.of(got, meanwhile[0]);
  }
}
