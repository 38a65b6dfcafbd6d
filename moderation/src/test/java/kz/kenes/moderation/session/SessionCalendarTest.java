package kz.kenes.moderation.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar output, parsed back by ical4j. */
class SessionCalendarTest {
  static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  @Test
  void aSessionParsesBackWithItsInstantsTitlePlaceAndLink() throws Exception {
    // 10:00–12:00 in Kazakhstan (UTC+5)
    PublicSession session =
        Sessions.session(
            42,
            "Әкімнің есебі; тұрғындармен, кездесу\\ 2026",
            Instant.parse("2026-12-20T05:00:00Z"),
            Instant.parse("2026-12-20T07:00:00Z"));
    String ics =
        SessionCalendar.of(
            List.of(session), "Ақтоғай", id -> "https://kenes.kz/sessions/" + id, NOW);

    Calendar calendar = parse(ics);
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(event.getStartDate().getDate().toInstant())
        .isEqualTo(Instant.parse("2026-12-20T05:00:00Z"));
    assertThat(event.getEndDate().getDate().toInstant())
        .isEqualTo(Instant.parse("2026-12-20T07:00:00Z"));
    assertThat(event.getSummary().getValue())
        .isEqualTo("Әкімнің есебі; тұрғындармен, кездесу\\ 2026");
    assertThat(event.getLocation().getValue()).isEqualTo("Ақтоғай, Абай 1");
    assertThat(event.getUid().getValue()).isEqualTo("session-42@kenes.kz");
    assertThat(event.getProperty(Property.URL).getValue())
        .isEqualTo("https://kenes.kz/sessions/42");
    assertThat(event.getSequence().getSequenceNo()).isZero();
    assertThat(event.getDescription().getValue()).contains("https://example.kz/live", "1. Су");
  }

  @Test
  void theSpeakersAreNamedInTheDescriptionInTheirOrder() throws Exception {
    PublicSession session =
        Sessions.session(
            7,
            "Есеп",
            Instant.parse("2026-12-20T05:00:00Z"),
            Instant.parse("2026-12-20T07:00:00Z"));
    session.speakers(
        List.of(
            new kz.kenes.forum.member.Member("akim", "Ерлан Ахметов", NOW),
            new kz.kenes.forum.member.Member("deputy", "Айгүл Серікова", NOW)));
    String ics =
        SessionCalendar.of(List.of(session), "Ақтоғай", id -> "https://kenes.kz/s/" + id, NOW);

    VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
    assertThat(event.getDescription().getValue())
        .contains(SessionCalendar.SPEAKERS + "Ерлан Ахметов, Айгүл Серікова");
  }

  @Test
  void withoutSpeakersTheDescriptionHasNoSpeakersLine() throws Exception {
    PublicSession session =
        Sessions.session(
            8,
            "Есеп",
            Instant.parse("2026-12-20T05:00:00Z"),
            Instant.parse("2026-12-20T07:00:00Z"));
    String ics =
        SessionCalendar.of(List.of(session), "Ақтоғай", id -> "https://kenes.kz/s/" + id, NOW);
    assertThat(
            parse(ics).<VEvent>getComponents(Component.VEVENT).get(0).getDescription().getValue())
        .doesNotContain(SessionCalendar.SPEAKERS);
  }

  @Test
  void aPostponedSessionHasItsNewTimeAndAHigherSequenceAndACancelledOneSaysSo() throws Exception {
    PublicSession session =
        Sessions.session(
            5,
            "Сессия",
            Instant.parse("2026-12-20T05:00:00Z"),
            Instant.parse("2026-12-20T07:00:00Z"));
    session.move(SessionStatus.POSTPONED, "official", "Боран", NOW);
    session.reschedule(
        Instant.parse("2026-12-27T04:00:00Z"), Instant.parse("2026-12-27T06:00:00Z"));
    VEvent postponed =
        parse(SessionCalendar.of(List.of(session), "x", id -> "https://k/" + id, NOW))
            .<VEvent>getComponents(Component.VEVENT)
            .get(0);
    assertThat(postponed.getSequence().getSequenceNo()).isEqualTo(1);
    assertThat(postponed.getStartDate().getDate().toInstant())
        .isEqualTo(Instant.parse("2026-12-27T04:00:00Z"));

    session.move(SessionStatus.CANCELLED, "official", "Болмайды", NOW);
    VEvent cancelled =
        parse(SessionCalendar.of(List.of(session), "x", id -> "https://k/" + id, NOW))
            .<VEvent>getComponents(Component.VEVENT)
            .get(0);
    assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(2);
    assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingALetter() throws Exception {
    String title = "Ә".repeat(100);
    PublicSession session =
        Sessions.session(
            1, title, Instant.parse("2026-12-20T05:00:00Z"), Instant.parse("2026-12-20T07:00:00Z"));
    String ics = SessionCalendar.of(List.of(session), "x", id -> "https://k/" + id, NOW);
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
    assertThat(event.getSummary().getValue()).isEqualTo(title);
  }

  @Test
  void aFeedHoldsEverySession() throws Exception {
    List<PublicSession> sessions =
        List.of(
            Sessions.session(
                1,
                "A",
                Instant.parse("2026-12-20T05:00:00Z"),
                Instant.parse("2026-12-20T06:00:00Z")),
            Sessions.session(
                2,
                "B",
                Instant.parse("2026-12-21T05:00:00Z"),
                Instant.parse("2026-12-21T06:00:00Z")));
    Calendar calendar =
        parse(SessionCalendar.of(sessions, "Ақтоғай", id -> "https://k/" + id, NOW));
    assertThat(calendar.<VEvent>getComponents(Component.VEVENT))
        .extracting(e -> e.getSummary().getValue())
        .containsExactly("A", "B");
  }
}
