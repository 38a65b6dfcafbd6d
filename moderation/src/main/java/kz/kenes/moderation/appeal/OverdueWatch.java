package kz.kenes.moderation.appeal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.moderation.ModerationLog;

/**
 * The scheduled job that finds appeals whose deadline passed without an answer and marks them
 * OVERDUE: at start-up and then every {@code KENES_OVERDUE_CHECK_MINUTES} (default 60).
 */
@ApplicationScoped
public class OverdueWatch {

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject AppealCommands appeals;

  private ScheduledFuture<?> job;

  void start(@Observes SchemaReady ready) {
    long minutes = minutes(Settings.value(Setting.KENES_OVERDUE_CHECK_MINUTES));
    job = scheduler.scheduleWithFixedDelay(this::check, 0, minutes, TimeUnit.MINUTES);
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

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
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
