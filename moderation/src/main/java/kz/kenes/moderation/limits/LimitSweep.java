package kz.kenes.moderation.limits;

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
import kz.kenes.moderation.ModerationLog;

/**
 * Keeps the abuse counters' tables bounded: at start-up and then every {@value #MINUTES} minutes,
 * deletes the rows whose windows have passed ({@link DatabaseLimits#sweep}). Every node sweeps; the
 * deletes are idempotent.
 */
@ApplicationScoped
public class LimitSweep {
  static final long MINUTES = 10;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DatabaseLimits limits;

  private ScheduledFuture<?> job;

  void start(@Observes SchemaReady ready) {
    job = scheduler.scheduleWithFixedDelay(this::sweep, 0, MINUTES, TimeUnit.MINUTES);
  }

  void sweep() {
    try {
      limits.sweep();
    } catch (RuntimeException failure) {
      ModerationLog.LOG.limitSweepFailed(LogText.types(failure));
    }
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }
}
