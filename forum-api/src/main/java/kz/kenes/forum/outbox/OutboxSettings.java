package kz.kenes.forum.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import kz.kenes.forum.platform.Settings;

/**
 * The outbox's settings ({@link kz.kenes.forum.platform.Setting}), read once: {@code
 * KENES_OUTBOX_RETRY_FIRST} (ISO-8601 duration, default {@code PT30S}), {@code
 * KENES_OUTBOX_RETRY_LONGEST} ({@code PT1H}), {@code KENES_OUTBOX_GIVE_UP} ({@code PT24H}), {@code
 * KENES_SMS_QUIET_HOURS} ({@code 22:00-08:00} Asia/Almaty, {@code none} to send at night too),
 * {@code KENES_MAIL_ENABLED} and {@code KENES_SMS_TRANSPORT} (no SMS row is written when {@code
 * off}, its default).
 */
@ApplicationScoped
public class OutboxSettings {
  private final RetryPolicy retry;
  private final QuietHours quiet;
  private final boolean mail;
  private final boolean sms;

  public OutboxSettings() {
    this(Settings::byName);
  }

  OutboxSettings(Function<String, String> lookup) {
    Optional<String> first = Optional.ofNullable(lookup.apply("KENES_OUTBOX_RETRY_FIRST"));
    Optional<String> longest = Optional.ofNullable(lookup.apply("KENES_OUTBOX_RETRY_LONGEST"));
    Optional<String> giveUp = Optional.ofNullable(lookup.apply("KENES_OUTBOX_GIVE_UP"));
    this.retry =
        new RetryPolicy(
            first.map(Duration::parse).orElse(RetryPolicy.DEFAULT.first()),
            longest.map(Duration::parse).orElse(RetryPolicy.DEFAULT.longest()),
            giveUp.map(Duration::parse).orElse(RetryPolicy.DEFAULT.giveUpAfter()));
    this.quiet = QuietHours.parse(Optional.ofNullable(lookup.apply("KENES_SMS_QUIET_HOURS")));
    this.mail = "true".equals(lookup.apply("KENES_MAIL_ENABLED"));
    String transport = lookup.apply("KENES_SMS_TRANSPORT");
    this.sms = transport != null && !transport.strip().equalsIgnoreCase("off");
  }

  public RetryPolicy retry() {
    return retry;
  }

  public QuietHours quiet() {
    return quiet;
  }

  /** Whether email is sent at all ({@code KENES_MAIL_ENABLED=true}). */
  public boolean mail() {
    return mail;
  }

  /** Whether SMS is sent at all ({@code KENES_SMS_TRANSPORT} set and not {@code off}). */
  public boolean sms() {
    return sms;
  }

  /**
   * How often the cluster looks for due messages (one node per sweep): the first retry delay, at
   * most 30 s.
   */
  public Duration sweep() {
    Duration thirty = Duration.ofSeconds(30);
    return retry.first().compareTo(thirty) < 0 ? retry.first() : thirty;
  }
}
