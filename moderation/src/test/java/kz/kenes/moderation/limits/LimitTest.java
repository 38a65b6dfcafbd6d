package kz.kenes.moderation.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "10/1h, 10, PT1H",
    "5/10m, 5, PT10M",
    "30/1d, 30, PT24H",
    "3/30s, 3, PT30S",
    "' 3 / 30s ', 3, PT30S",
    "1/7d, 1, PT168H",
  })
  void operatorsWriteLimitsAsPermitsPerWindow(String text, int permits, Duration window) {
    assertThat(Limit.parse(text)).isEqualTo(new Limit(permits, window));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "10",
        "10/",
        "/1h",
        "10/h",
        "0/1h",
        "10/0h",
        "-1/1h",
        "10/-1h",
        "10/1w",
        "10/1H",
        "10/1.5h",
        "10 per hour",
        "10/1h/2",
        "9999999999/1h",
        "PT1H",
      })
  void anythingElseIsRefused(String text) {
    assertThatThrownBy(() -> Limit.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @NullSource
  void aMissingLimitIsRefused(String text) {
    assertThatThrownBy(() -> Limit.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLimitAllowsSomethingInSomeTime() {
    assertThatThrownBy(() -> new Limit(0, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Limit(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Limit(1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Limit(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDecisionIsConsistent() {
    assertThat(new Decision(true, Duration.ZERO).allowed()).isTrue();
    assertThat(new Decision(false, Duration.ofSeconds(3)).retryAfter()).hasSeconds(3);
    assertThatThrownBy(() -> new Decision(true, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(false, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Decision(false, null)).isInstanceOf(NullPointerException.class);
  }
}
