package kz.kenes.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  private final PageCache cache = new PageCache();
  private final AtomicInteger renders = new AtomicInteger();

  private static String text(byte[] html) {
    return new String(html, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String render() {
    return "<p>" + renders.incrementAndGet() + "</p>";
  }

  @Test
  void aPageIsRenderedOnceUntilSomethingIsWritten() {
    assertThat(text(cache.get("thread:1:kk", this::render).identity())).isEqualTo("<p>1</p>");
    assertThat(text(cache.get("thread:1:kk", this::render).identity())).isEqualTo("<p>1</p>");
    assertThat(text(cache.get("thread:1:ru", this::render).identity())).isEqualTo("<p>2</p>");
    assertThat(renders).hasValue(2);

    new PageCache.Changes().changed(new Object());

    assertThat(cache.size()).isZero();
    assertThat(text(cache.get("thread:1:kk", this::render).identity())).isEqualTo("<p>3</p>");
  }

  @Test
  void itKeepsABoundedNumberOfPages() {
    for (int i = 0; i < PageCache.MAX_ENTRIES * 3; i++) {
      cache.get("thread:" + i + ":kk", this::render);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(PageCache.MAX_ENTRIES);
  }
}
