package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * Registration proper: the number, unique and gap-free per body and year (the sequence row is
 * locked until the transaction ends), the registration day (the next working day after hours), the
 * 15-working-day deadline, the REGISTERED step (told to the monitoring roll-ups), the public face
 * and the applicant's notice.
 */
@ApplicationScoped
public class AppealNumbering {
  @Inject AppealRepository appeals;
  @Inject AppealTime time;
  @Inject PublicAppealFace face;
  @Inject AppealNotices notices;
  @Inject Event<AppealMoved> moved;

  void register(Appeal appeal, String actor, Instant now) {
    AppealClock legal = time.legal();
    LocalDate day = legal.registrationDay(ZonedDateTime.ofInstant(now, WorkingDayCalendar.ZONE));
    int year = day.getYear();
    long bodyId = appeal.body().id();
    AppealSequence sequence =
        appeals
            .lockSequence(bodyId, year)
            .orElseGet(
                () -> {
                  try {
                    appeals.ensureSequence(bodyId, year);
                  } catch (RuntimeException raced) {
                    // another registration created it first; it is there now
                  }
                  return appeals.lockSequence(bodyId, year).orElseThrow();
                });
    long next = sequence.next();
    String number =
        RegistrationNumbers.format(RegistrationNumbers.bodyCode(appeal.body().slug()), year, next);
    appeal.register(year, next, number, now, day, legal.deadline(day));
    AppealStep step =
        appeal
            .move(AppealStatus.REGISTERED, actor, number, now)
            .withState(null, appeal.deadline().orElse(null));
    appeals.add(step);
    moved.fire(AppealMoved.of(appeal, step));
    face.show(appeal, now);
    notices.tell(appeal);
  }
}
