package kz.kenes.moderation.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The exceptions of the working-day calendar as stored in {@code calendar_day}. */
@ApplicationScoped
public class WorkingDayCalendarRepository {
  @PersistenceContext EntityManager em;

  /**
   * The calendar as stored now. Read on every call (a few dozen rows a year), so that an admin's
   * edit counts from the next deadline computed.
   */
  public WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(all().stream().map(CalendarDay::asException).toList());
  }

  public List<CalendarDay> all() {
    return em.createQuery("select d from CalendarDay d order by d.day", CalendarDay.class)
        .getResultList();
  }

  public Optional<CalendarDay> find(LocalDate day) {
    return Optional.ofNullable(em.find(CalendarDay.class, day));
  }

  public void add(CalendarDay day) {
    em.persist(day);
  }

  public void remove(CalendarDay day) {
    em.remove(day);
  }
}
