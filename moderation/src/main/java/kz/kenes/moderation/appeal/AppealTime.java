package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import kz.kenes.moderation.calendar.WorkingDayCalendarRepository;

/** The appeal services' sense of time: the clock, Kazakhstan's date and the legal terms. */
@ApplicationScoped
public class AppealTime {
  @Inject Clock clock;
  @Inject WorkingDayCalendarRepository calendars;

  /** Now, to the microsecond (what both databases keep). */
  public Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  /** Today in Kazakhstan. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
  }

  /** The legal terms over the current working-day calendar. */
  public AppealClock legal() {
    return new AppealClock(calendars.calendar());
  }
}
