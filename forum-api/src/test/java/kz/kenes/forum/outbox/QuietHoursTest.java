package kz.kenes.forum.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  private final QuietHours night = QuietHours.DEFAULT;

  /** A moment given as Kazakhstan's wall-clock time. */
  private static Instant almaty(String local) {
    return LocalDateTime.parse(local).atZone(QuietHours.KAZAKHSTAN).toInstant();
  }

  @Test
  void eveningBeforeTenLeavesAtOnce() {
    Instant at = almaty("2026-12-05T21:59:59");
    assertThat(night.quiet(at)).isFalse();
    assertThat(night.earliest(at)).isEqualTo(at);
  }

  @Test
  void fromTenAtNightWaitsForEightNextMorning() {
    assertThat(night.earliest(almaty("2026-12-05T22:00:00")))
        .isEqualTo(almaty("2026-12-06T08:00:00"));
    assertThat(night.earliest(almaty("2026-12-05T23:59:00")))
        .isEqualTo(almaty("2026-12-06T08:00:00"));
  }

  @Test
  void afterMidnightWaitsForEightTheSameMorning() {
    assertThat(night.earliest(almaty("2026-12-06T00:00:00")))
        .isEqualTo(almaty("2026-12-06T08:00:00"));
    assertThat(night.earliest(almaty("2026-12-06T07:59:59")))
        .isEqualTo(almaty("2026-12-06T08:00:00"));
  }

  @Test
  void eightInTheMorningLeavesAtOnce() {
    Instant at = almaty("2026-12-06T08:00:00");
    assertThat(night.quiet(at)).isFalse();
    assertThat(night.earliest(at)).isEqualTo(at);
  }

  @Test
  void kazakhstanTimeIsFiveHoursAheadOfUtc() {
    // 17:00 UTC is 22:00 in Almaty (UTC+5 since March 2024): quiet; 16:59 UTC is not
    assertThat(night.quiet(Instant.parse("2026-12-05T17:00:00Z"))).isTrue();
    assertThat(night.quiet(Instant.parse("2026-12-05T16:59:00Z"))).isFalse();
    assertThat(night.earliest(Instant.parse("2026-12-05T20:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-06T03:00:00Z"));
  }

  @Test
  void aWindowWithinOneDayWorksToo() {
    QuietHours lunch =
        new QuietHours(QuietHours.KAZAKHSTAN, LocalTime.of(13, 0), LocalTime.of(14, 0));
    assertThat(lunch.earliest(almaty("2026-12-06T13:30:00")))
        .isEqualTo(almaty("2026-12-06T14:00:00"));
    assertThat(lunch.quiet(almaty("2026-12-06T12:59:00"))).isFalse();
    assertThat(lunch.quiet(almaty("2026-12-06T14:00:00"))).isFalse();
  }

  @Test
  void settingReadsAWindowOrNone() {
    assertThat(QuietHours.parse(Optional.empty())).isEqualTo(QuietHours.DEFAULT);
    assertThat(QuietHours.parse(Optional.of(" 23:00-07:30 ")))
        .isEqualTo(new QuietHours(QuietHours.KAZAKHSTAN, LocalTime.of(23, 0), LocalTime.of(7, 30)));
    QuietHours none = QuietHours.parse(Optional.of("none"));
    Instant midnight = almaty("2026-12-06T00:00:00");
    assertThat(none.quiet(midnight)).isFalse();
    assertThat(none.earliest(midnight)).isEqualTo(midnight);
    assertThatThrownBy(() -> QuietHours.parse(Optional.of("22")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
