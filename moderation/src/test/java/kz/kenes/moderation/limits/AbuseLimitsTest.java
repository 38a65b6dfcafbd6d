package kz.kenes.moderation.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbuseLimitsTest {

  @Test
  void withNothingSetTheStrictProductionDefaultsApply() {
    AbuseLimits limits = AbuseLimits.parse(name -> null);
    assertThat(limits.post()).isEqualTo(new Limit(20, Duration.ofHours(1)));
    assertThat(limits.flag()).isEqualTo(new Limit(20, Duration.ofDays(1)));
    assertThat(limits.escalate()).isEqualTo(new Limit(10, Duration.ofDays(1)));
    assertThat(limits.newAccountPost()).isEqualTo(new Limit(3, Duration.ofDays(1)));
    assertThat(limits.newAccountAge()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void eachVariableOverridesItsOwnLimit() {
    Map<String, String> env =
        Map.of(
            "KENES_LIMIT_POST", "500/1h",
            "KENES_LIMIT_FLAG", "100/1d",
            "KENES_LIMIT_ESCALATE", "50/1d",
            "KENES_LIMIT_NEW_ACCOUNT_POST", "100/1d",
            "KENES_NEW_ACCOUNT_AGE", "PT0S");
    AbuseLimits limits = AbuseLimits.parse(env::get);
    assertThat(limits)
        .isEqualTo(
            new AbuseLimits(
                new Limit(500, Duration.ofHours(1)),
                new Limit(100, Duration.ofDays(1)),
                new Limit(50, Duration.ofDays(1)),
                new Limit(100, Duration.ofDays(1)),
                Duration.ZERO));
  }

  @Test
  void unsetAndBlankVariablesFallBackWhileTheOthersApply() {
    Map<String, String> env = Map.of("KENES_LIMIT_FLAG", "  ", "KENES_NEW_ACCOUNT_AGE", "P2D");
    AbuseLimits limits = AbuseLimits.parse(env::get);
    assertThat(limits.flag()).isEqualTo(new Limit(20, Duration.ofDays(1)));
    assertThat(limits.newAccountAge()).isEqualTo(Duration.ofDays(2));
    assertThat(limits.post()).isEqualTo(new Limit(20, Duration.ofHours(1)));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "KENES_LIMIT_POST, 20 per hour",
    "KENES_LIMIT_FLAG, 0/1d",
    "KENES_LIMIT_ESCALATE, 10/1w",
    "KENES_LIMIT_NEW_ACCOUNT_POST, 3",
    "KENES_NEW_ACCOUNT_AGE, 24h",
    "KENES_NEW_ACCOUNT_AGE, -PT1H",
  })
  void aBadValueIsRefusedNamingItsVariable(String name, String value) {
    assertThatThrownBy(() -> AbuseLimits.parse(Map.of(name, value)::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  @Test
  void theVariableNamesAreTheDocumentedOnes() {
    assertThat(
            new String[] {
              AbuseLimits.ENV_POST,
              AbuseLimits.ENV_FLAG,
              AbuseLimits.ENV_ESCALATE,
              AbuseLimits.ENV_NEW_ACCOUNT_POST,
              AbuseLimits.ENV_NEW_ACCOUNT_AGE
            })
        .containsExactly(
            "KENES_LIMIT_POST",
            "KENES_LIMIT_FLAG",
            "KENES_LIMIT_ESCALATE",
            "KENES_LIMIT_NEW_ACCOUNT_POST",
            "KENES_NEW_ACCOUNT_AGE");
  }

  @Test
  void aNegativeAgeIsRefusedInTheRecordToo() {
    Limit l = Limit.parse("1/1h");
    assertThatThrownBy(() -> new AbuseLimits(l, l, l, l, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AbuseLimits(null, l, l, l, Duration.ZERO))
        .isInstanceOf(NullPointerException.class);
  }
}
