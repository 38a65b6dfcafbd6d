package kz.kenes.moderation.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.LogText;
import kz.kenes.forum.platform.ScheduledJobs;
import kz.kenes.moderation.ModerationLog;

/**
 * Keeps the abuse counters' tables bounded: at start-up and then every {@value #MINUTES} minutes,
 * deletes the rows whose windows have passed ({@link DatabaseLimits#sweep}), once in the cluster
 * ({@link ScheduledJobs}); the deletes are idempotent.
 */
@ApplicationScoped
public class LimitSweep {
  static final long MINUTES = 10;

  static final String JOB = "limit-sweep";

  @Inject ScheduledJobs jobs;
  @Inject DatabaseLimits limits;

  void start(@Observes SchemaReady ready) {
    jobs.every(JOB, Duration.ofMinutes(MINUTES), this::sweep);
  }

  void sweep() {
    try {
      limits.sweep();
    } catch (RuntimeException failure) {
      ModerationLog.LOG.limitSweepFailed(LogText.types(failure));
    }
  }
}
