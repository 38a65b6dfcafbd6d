package kz.kenes.forum.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.ScheduledJobs;

/**
 * Closes surveys whose closing time passed, once a minute in the cluster ({@link ScheduledJobs}),
 * so that a survey nobody opens still closes on time and its leader ratings are written. Reading or
 * answering a survey closes it as well (the first use case after the time), so the results never
 * depend on this job having run; closing twice is impossible (a closed survey stays closed).
 */
@ApplicationScoped
public class SurveyCloser {
  static final String JOB = "survey-close";

  @Inject ScheduledJobs jobs;
  @Inject SurveyService surveys;

  void start(@Observes SchemaReady ready) {
    jobs.every(JOB, Duration.ofMinutes(1), surveys::closeDue);
  }
}
