package kz.kenes.forum.outbox;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The night during which {@link Urgency#DAYTIME} SMS are held: from {@code start} to {@code end}
 * local time in {@code zone} (by default 22:00–08:00 Asia/Almaty, Kazakhstan's time). A window that
 * starts after it ends spans midnight. {@link #NONE} holds nothing.
 */
public record QuietHours(ZoneId zone, LocalTime start, LocalTime end) {
  public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
  public static final QuietHours DEFAULT =
      new QuietHours(KAZAKHSTAN, LocalTime.of(22, 0), LocalTime.of(8, 0));

  /** Holds nothing. */
  public static final QuietHours NONE =
      new QuietHours(KAZAKHSTAN, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  public QuietHours {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * Reads {@code HH:MM-HH:MM} (Asia/Almaty); empty or absent is the default, {@code none} holds
   * nothing.
   */
  public static QuietHours parse(Optional<String> setting) {
    String value = setting.map(String::strip).orElse("");
    if (value.isEmpty()) {
      return DEFAULT;
    }
    if (value.equalsIgnoreCase("none") || value.equalsIgnoreCase("off")) {
      return NONE;
    }
    String[] parts = value.split("-", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("KENES_SMS_QUIET_HOURS must be HH:MM-HH:MM or none");
    }
    return new QuietHours(
        KAZAKHSTAN, LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
  }

  public boolean holdsNothing() {
    return start.equals(end);
  }

  /** Whether {@code at} falls in the quiet window. */
  public boolean quiet(Instant at) {
    if (holdsNothing()) {
      return false;
    }
    LocalTime local = at.atZone(zone).toLocalTime();
    return start.isBefore(end)
        ? !local.isBefore(start) && local.isBefore(end)
        : !local.isBefore(start) || local.isBefore(end);
  }

  /** The earliest moment from {@code at} on at which a DAYTIME message may leave. */
  public Instant earliest(Instant at) {
    if (!quiet(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime morning = local.toLocalDate().atTime(end).atZone(zone);
    if (!morning.isAfter(local)) {
      morning = local.toLocalDate().plusDays(1).atTime(end).atZone(zone);
    }
    return morning.toInstant();
  }
}
