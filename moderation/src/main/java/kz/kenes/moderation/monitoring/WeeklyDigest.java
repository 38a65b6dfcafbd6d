package kz.kenes.moderation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.ScheduledJobs;
import kz.kenes.moderation.ModerationLog;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * Every Monday from 09:00 Kazakhstan time the heads and officials of each body get last week's
 * summary in the app (a notification linking to that week's monitoring page), and the heads by
 * email (and a one-line SMS where they chose SMS), through the outbox. Once per cluster: the job
 * runs on the node holding its lease ({@link ScheduledJobs}), and each (body, week) is a unique row
 * written in the sending transaction, so a second run or a second node sends nothing. A node that
 * was down on Monday sends the week's digest at its next run. A body gets the digests of weeks that
 * ended after it was created: a new installation (or a test server) does not mail a digest of the
 * week before it existed.
 */
@ApplicationScoped
public class WeeklyDigest {
  static final LocalTime SEND_FROM = LocalTime.of(9, 0);

  @Inject ScheduledJobs jobs;
  @Inject DigestSender sender;
  @Inject Clock clock;

  void start(@Observes SchemaReady ready) {
    jobs.every("monitoring-weekly-digest", Duration.ofMinutes(10), this::run);
  }

  void run() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(WorkingDayCalendar.ZONE));
    if (!due(now)) {
      return;
    }
    MonitoringWeek week = MonitoringWeek.of(now.toLocalDate()).minus(1);
    int told = 0;
    for (long body : sender.headedBodies(week)) {
      try {
        told += sender.send(body, week);
      } catch (RuntimeException failed) {
        ModerationLog.LOG.digestFailed(body, LogText.types(failed));
      }
    }
    if (told > 0) {
      ModerationLog.LOG.digestSent(week.toString(), told);
    }
  }

  /** From Monday 09:00 on (local time), last week's digest is due. */
  static boolean due(ZonedDateTime local) {
    return local.getDayOfWeek() != DayOfWeek.MONDAY || !local.toLocalTime().isBefore(SEND_FROM);
  }
}
