package kz.kenes.moderation.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows the working-day calendar migration seeds, read from the classpath. */
public final class SeedFile {
  static final String MIGRATION = "db/migration/V2026.11.28.1__working_day_calendar.sql";

  private static final Pattern ROW =
      Pattern.compile(
          "\\(date '(\\d{4}-\\d{2}-\\d{2})', '(WORKING|DAY_OFF)', '((?:[^']|'')*)', '(\\w+)'\\)");

  private SeedFile() {}

  static List<CalendarException> rows() {
    String sql = read();
    List<CalendarException> rows = new ArrayList<>();
    Matcher m = ROW.matcher(sql);
    while (m.find()) {
      rows.add(
          new CalendarException(
              LocalDate.parse(m.group(1)),
              DayKind.valueOf(m.group(2)),
              m.group(3).replace("''", "'"),
              CalendarSource.valueOf(m.group(4))));
    }
    return rows;
  }

  static List<CalendarException> rowsOf(int year) {
    return rows().stream().filter(r -> r.day().getYear() == year).toList();
  }

  public static WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(rows());
  }

  static String read() {
    try (InputStream in = SeedFile.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
