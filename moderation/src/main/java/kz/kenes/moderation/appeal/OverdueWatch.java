package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.ScheduledJobs;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.moderation.ModerationLog;

/**
 * The scheduled job that finds appeals whose deadline passed without an answer and marks them
 * OVERDUE: at start-up and then every {@code KENES_OVERDUE_CHECK_MINUTES} (default 60), once in the
 * cluster ({@link ScheduledJobs}).
 */
@ApplicationScoped
public class OverdueWatch {

  static final String JOB = "overdue-watch";

  @Inject ScheduledJobs jobs;
  @Inject AppealCommands appeals;

  void start(@Observes SchemaReady ready) {
    long minutes = minutes(Settings.value(Setting.KENES_OVERDUE_CHECK_MINUTES));
    jobs.every(JOB, Duration.ofMinutes(minutes), this::check);
  }

  void check() {
    try {
      int marked = appeals.markOverdue();
      if (marked > 0) {
        ModerationLog.LOG.appealsMarkedOverdue(marked);
      }
    } catch (RuntimeException failure) {
      ModerationLog.LOG.overdueCheckFailed(LogText.types(failure));
    }
  }

  static long minutes(String value) {
    if (value == null || value.isBlank()) {
      return 60;
    }
    long minutes = Long.parseLong(value.strip());
    if (minutes < 1) {
      throw new IllegalArgumentException("KENES_OVERDUE_CHECK_MINUTES must be at least 1");
    }
    return minutes;
  }
}
