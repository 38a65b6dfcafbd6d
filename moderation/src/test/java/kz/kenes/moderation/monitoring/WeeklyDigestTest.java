package kz.kenes.moderation.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WeeklyDigestTest {
  static ZonedDateTime local(String dateTime) {
    return ZonedDateTime.parse(dateTime + "+05:00[Asia/Almaty]");
  }

  @Test
  void theDigestIsDueFromMondayNineLocalTimeOn() {
    assertThat(WeeklyDigest.due(local("2026-12-07T08:59"))).isFalse();
    assertThat(WeeklyDigest.due(local("2026-12-07T09:00"))).isTrue();
    assertThat(WeeklyDigest.due(local("2026-12-08T03:00"))).isTrue();
    assertThat(WeeklyDigest.due(local("2026-12-13T23:59"))).isTrue();
    // Monday 09:00 in Kazakhstan is 04:00 UTC: a server in UTC must not wait until 09:00 UTC
    assertThat(
            WeeklyDigest.due(
                ZonedDateTime.parse("2026-12-07T04:00Z")
                    .withZoneSameInstant(java.time.ZoneId.of("Asia/Almaty"))))
        .isTrue();
  }
}
