package kz.kenes.moderation.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Sessions as iCalendar (RFC 5545): one file per session and a subscribable feed per body. Times
 * are written in UTC ({@code 20261220T050000Z} is 10:00 in Kazakhstan, UTC+5), so every calendar
 * shows the instant right without a time-zone table; {@code SEQUENCE} is the session's count of
 * changes, so that calendars replace the event when it is postponed or cancelled. Lines are CRLF
 * and folded at 75 octets without splitting a character.
 */
public final class SessionCalendar {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SessionCalendar() {}

  /**
   * The calendar with the given sessions; {@code link} gives each one's page, {@code name} names
   * the calendar (a body's name for its feed).
   */
  public static String of(
      List<PublicSession> sessions, String name, LongFunction<String> link, Instant now) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Kenes//Public sessions//KK");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + escape(name));
    line(out, "X-WR-TIMEZONE:Asia/Almaty");
    for (PublicSession session : sessions) {
      event(out, session, link.apply(session.id()), now);
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /**
   * The speakers' line of the description, in Kazakh and Russian: a calendar has no reader
   * language.
   */
  static final String SPEAKERS = "Баяндамашылар / Докладчики: ";

  private static void event(StringBuilder out, PublicSession session, String link, Instant now) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:session-" + session.id() + "@kenes.kz");
    line(out, "DTSTAMP:" + UTC.format(now));
    line(out, "DTSTART:" + UTC.format(session.startsAt()));
    line(out, "DTEND:" + UTC.format(session.endsAt()));
    line(out, "SEQUENCE:" + session.icsSequence());
    line(out, "SUMMARY:" + escape(session.title()));
    session.place().ifPresent(place -> line(out, "LOCATION:" + escape(place)));
    line(out, "URL:" + link);
    StringBuilder description = new StringBuilder(link);
    session.onlineUrl().ifPresent(url -> description.append('\n').append(url));
    if (!session.speakers().isEmpty()) {
      description
          .append("\n\n")
          .append(SPEAKERS)
          .append(
              String.join(", ", session.speakers().stream().map(m -> m.displayName()).toList()));
    }
    session.agendaRaw().ifPresent(agenda -> description.append("\n\n").append(agenda));
    line(out, "DESCRIPTION:" + escape(description.toString()));
    line(
        out, "STATUS:" + (session.status() == SessionStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
    line(out, "END:VEVENT");
  }

  /** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line folded at 75 octets, never inside a UTF-8 sequence. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
