package kz.kenes.moderation.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;

/**
 * Admins keep the working-day calendar: the government's yearly transfers by decree, the moving
 * date of Kurban Ait, next year's holidays. Every change is audited and counts from the next
 * deadline computed; deadlines already set stay as they were.
 */
@ApplicationScoped
public class CalendarService {
  @Inject WorkingDayCalendarRepository days;
  @Inject AuditLog audit;

  /** Every exception of a year (all years when null); readable by anyone. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CalendarDay> year(Integer year) {
    return days.all().stream().filter(d -> year == null || d.day().getYear() == year).toList();
  }

  /** Sets (adds or changes) the exception of a day. */
  @Transactional
  public CalendarDay set(Actor admin, String date, String kind, String reason, String source) {
    admin.require(Role.ADMIN);
    Validation check = new Validation();
    LocalDate day = parse(date);
    DayKind dayKind = check.requireEnum("kind", kind, DayKind.class);
    String text = check.requireText("reason", reason, 1, CalendarException.REASON_MAX);
    CalendarSource from = check.requireEnum("source", source, CalendarSource.class);
    check.throwIfInvalid();
    CalendarDay stored =
        days.find(day)
            .map(
                existing -> {
                  existing.change(dayKind, text, from);
                  return existing;
                })
            .orElseGet(
                () -> {
                  CalendarDay created =
                      new CalendarDay(new CalendarException(day, dayKind, text, from));
                  days.add(created);
                  return created;
                });
    audit.record(admin, "calendar.set", "calendar_day", day, dayKind.name());
    return stored;
  }

  /** Removes the exception of a day: it follows the Monday–Friday rule again. */
  @Transactional
  public void remove(Actor admin, String date) {
    admin.require(Role.ADMIN);
    LocalDate day = parse(date);
    CalendarDay stored =
        days.find(day).orElseThrow(() -> new DomainException.NotFound("error.calendar.not-found"));
    days.remove(stored);
    audit.record(admin, "calendar.remove", "calendar_day", day, null);
  }

  private static LocalDate parse(String date) {
    try {
      return LocalDate.parse(date == null ? "" : date.strip());
    } catch (DateTimeParseException e) {
      throw new DomainException.InvalidInput(List.of(new FieldError("date", "validation.date")));
    }
  }
}
