package kz.kenes.forum.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageViewsTest {
  @Test
  void aVisitorIsAHashThatChangesWithTheSaltAndNeverHoldsTheAddress() {
    String a = PageViews.visitor("salt-1", "10.0.0.7", "Mozilla/5.0");
    assertThat(a).hasSize(32).matches("[0-9a-f]+").doesNotContain("10.0.0.7");
    assertThat(PageViews.visitor("salt-1", "10.0.0.7", "Mozilla/5.0")).isEqualTo(a);
    assertThat(PageViews.visitor("salt-2", "10.0.0.7", "Mozilla/5.0")).isNotEqualTo(a);
    assertThat(PageViews.visitor("salt-1", "10.0.0.8", "Mozilla/5.0")).isNotEqualTo(a);
    assertThat(PageViews.visitor("salt-1", "10.0.0.7", "curl/8")).isNotEqualTo(a);
    // the separator keeps address and agent apart
    assertThat(PageViews.visitor("s", "1.2.3.4", "5"))
        .isNotEqualTo(PageViews.visitor("s", "1.2.3.45", ""));
  }

  @Test
  void viewsCountInTheIsoWeekOfKazakhstanTime() {
    assertThat(PageViews.week(Instant.parse("2026-12-06T18:30:00Z"))).isEqualTo("2026-W49");
    assertThat(PageViews.week(Instant.parse("2026-12-06T19:00:00Z"))).isEqualTo("2026-W50");
  }
}
