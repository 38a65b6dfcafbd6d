package kz.kenes.moderation.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the Monday–Friday rule of the working-day calendar, edited by admins: a weekday
 * off (a holiday, a carried-over holiday, a decreed day off) or a working weekend day. Days without
 * a row follow the rule. The column is {@code calendar_date}, not {@code day}: DAY is a keyword in
 * H2 2.x.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {
  @Id
  @Column(name = "calendar_date", nullable = false, updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DayKind kind;

  @Column(nullable = false, length = CalendarException.REASON_MAX)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CalendarSource source;

  protected CalendarDay() {}

  public CalendarDay(CalendarException exception) {
    this.day = Objects.requireNonNull(exception, "exception").day();
    change(exception.kind(), exception.reason(), exception.source());
  }

  public LocalDate day() {
    return day;
  }

  public DayKind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public CalendarSource source() {
    return source;
  }

  /** Makes the day working or off, for the given reason. */
  public void change(DayKind newKind, String newReason, CalendarSource newSource) {
    CalendarException checked = new CalendarException(day, newKind, newReason, newSource);
    this.kind = checked.kind();
    this.reason = checked.reason();
    this.source = checked.source();
  }

  public CalendarException asException() {
    return new CalendarException(day, kind, reason, source);
  }
}
