package kz.kenes.moderation.session;

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
 * The public sessions' scheduled job, at start-up and then every {@code
 * KENES_OVERDUE_CHECK_MINUTES} (default 60), once in the cluster ({@link ScheduledJobs}): reminds
 * the followers of sessions starting within a day, and turns every question whose written answer is
 * late into its asker's appeal draft. Both are idempotent (a reminder is a unique row per session;
 * a question becomes an appeal once, under its row lock), so a second run, or an overlapping run on
 * another node, changes nothing.
 */
@ApplicationScoped
public class SessionWatch {
  static final String JOB = "session-watch";

  @Inject ScheduledJobs jobs;
  @Inject SessionService sessions;
  @Inject SessionQuestions questions;

  void start(@Observes SchemaReady ready) {
    jobs.every(
        JOB,
        Duration.ofMinutes(minutes(Settings.value(Setting.KENES_OVERDUE_CHECK_MINUTES))),
        this::check);
  }

  void check() {
    try {
      int reminded = 0;
      for (long id : sessions.dueForReminder()) {
        if (sessions.remind(id)) {
          reminded++;
        }
      }
      if (reminded > 0) {
        ModerationLog.LOG.sessionsReminded(reminded);
      }
      int escalated = 0;
      for (long id : questions.late()) {
        if (questions.escalateIfLate(id)) {
          escalated++;
        }
      }
      if (escalated > 0) {
        ModerationLog.LOG.sessionQuestionsEscalated(escalated);
      }
    } catch (RuntimeException failure) {
      ModerationLog.LOG.sessionCheckFailed(LogText.types(failure));
    }
  }

  static long minutes(String value) {
    if (value == null || value.isBlank()) {
      return 60;
    }
    return Math.max(1, Long.parseLong(value.strip()));
  }
}
