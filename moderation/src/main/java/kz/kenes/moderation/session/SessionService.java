package kz.kenes.moderation.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.content.ContentCooker;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Text;
import kz.kenes.forum.platform.Validation;
import kz.kenes.moderation.appeal.AppealClock;
import kz.kenes.moderation.appeal.AppealTime;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * Public sessions: an official or moderator of the body schedules one and moves it through its
 * state machine (open for questions, live, held; postponed or cancelled before it is held). Each
 * move is a history row, audited, and told to the body's followers in the same transaction; when
 * the session is held, every question not answered there owes a written answer within 15 working
 * days.
 */
@ApplicationScoped
public class SessionService {
  public static final int TITLE_MAX = 200;
  public static final int PLACE_MAX = 300;
  public static final int URL_MAX = 2000;
  public static final int AGENDA_MAX = 20_000;
  public static final int REASON_MAX = 2000;
  public static final int MINUTES_MAX = 20_000;

  /** The longest a session may last. */
  public static final Duration LONGEST = Duration.ofDays(2);

  @PersistenceContext EntityManager em;
  @Inject SessionRepository sessions;
  @Inject BodyRepository bodies;
  @Inject StaffScopes staff;
  @Inject ContentCooker cooker;
  @Inject AppealTime time;
  @Inject SessionNotices notices;
  @Inject AuditLog audit;
  @Inject MemberRepository members;
  @Inject StaffService staffService;

  /** What an official schedules. */
  public record ScheduleRequest(
      String type,
      String title,
      String startsAt,
      String endsAt,
      String place,
      String onlineUrl,
      String agenda,
      List<String> speakers) {}

  /** A session has at most this many speakers. */
  public static final int SPEAKERS_MAX = 10;

  /** A move of the state machine with what it needs. */
  public record TransitionRequest(
      String to,
      String reason,
      String startsAt,
      String endsAt,
      String minutes,
      Integer attendance,
      String recordingUrl) {}

  /** The session with its history, for views. */
  public record SessionDetails(PublicSession session, List<SessionStep> history) {}

  /** Officials and moderators of the body (or of a body above it) run its sessions. */
  public boolean runs(Actor actor, Body body) {
    return staff.serves(actor, body, StaffRole.OFFICIAL)
        || staff.serves(actor, body, StaffRole.MODERATOR);
  }

  void requireRunner(Actor actor, Body body) {
    if (!runs(actor, body)) {
      throw new DomainException.Forbidden("error.session.staff-only");
    }
  }

  @Transactional
  public PublicSession schedule(Actor actor, String slug, ScheduleRequest request) {
    Body body = bodies.requireBySlug(slug);
    requireRunner(actor, body);
    ScheduleRequest in =
        request == null
            ? new ScheduleRequest(null, null, null, null, null, null, null, null)
            : request;
    Validation check = new Validation();
    SessionType type = check.requireEnum("type", in.type(), SessionType.class);
    String title = check.requireLine("title", in.title(), 3, TITLE_MAX);
    Instant starts = instant(check, "startsAt", in.startsAt(), true);
    Instant ends = instant(check, "endsAt", in.endsAt(), true);
    if (starts != null && ends != null) {
      checkSpan(check, starts, ends);
    }
    String place = optionalLine(check, "place", in.place(), PLACE_MAX);
    String online = url(check, "onlineUrl", in.onlineUrl());
    String agenda = optionalText(check, "agenda", in.agenda(), AGENDA_MAX);
    List<Member> speakers = speakers(check, body, in.speakers());
    check.throwIfInvalid();
    Instant now = time.now();
    if (!starts.isAfter(now)) {
      throw invalid("startsAt", "validation.session.past");
    }
    String html = agenda == null ? null : cooker.cook(agenda).html();
    PublicSession session =
        new PublicSession(
            body,
            type,
            new PublicSession.Details(title, starts, ends, place, online, agenda, html),
            actor.username(),
            now);
    session.speakers(speakers);
    sessions.add(session);
    sessions.add(session.scheduled(actor.username(), now));
    audit.record(actor, "session.schedule", "session", session.id(), type.name());
    return session;
  }

  /**
   * Whom the schedule form offers as speakers: the officials of the body and of the bodies above
   * it, each once, nearest body first.
   */
  @Transactional
  public List<Member> speakerChoices(Body body) {
    LinkedHashMap<Long, Member> found = new LinkedHashMap<>();
    for (Body b = bodies.requireBySlug(body.slug()); b != null; b = b.parent().orElse(null)) {
      for (var assignment : staffService.officials(b)) {
        found.putIfAbsent(assignment.member().id(), assignment.member());
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The speakers named by username: each an official of the body or of a body above it (anyone
   * else, or an unknown name, is a field error), each once, at most {@value #SPEAKERS_MAX}.
   */
  private List<Member> speakers(Validation check, Body body, List<String> usernames) {
    if (usernames == null || usernames.isEmpty()) {
      return List.of();
    }
    if (usernames.size() > SPEAKERS_MAX) {
      check.reject("speakers", "validation.session.speakers-many");
      return List.of();
    }
    LinkedHashMap<String, Member> found = new LinkedHashMap<>();
    for (String name : usernames) {
      String username = name == null ? "" : name.strip();
      if (found.containsKey(username)) {
        continue;
      }
      Optional<Member> member =
          username.isEmpty() || username.length() > 100
              ? Optional.empty()
              : members.findByUsername(username);
      if (member.isEmpty() || !staff.isStaff(username, body, StaffRole.OFFICIAL)) {
        check.reject("speakers", "validation.session.speaker");
        return List.of();
      }
      found.put(username, member.get());
    }
    return List.copyOf(found.values());
  }

  @Transactional
  public SessionDetails transition(Actor actor, long id, TransitionRequest request) {
    PublicSession session = require(id);
    requireRunner(actor, session.body());
    TransitionRequest in =
        request == null ? new TransitionRequest(null, null, null, null, null, null, null) : request;
    Validation check = new Validation();
    SessionStatus to = check.requireEnum("to", in.to(), SessionStatus.class);
    check.throwIfInvalid();
    String reason = null;
    Instant starts = null;
    Instant ends = null;
    String minutes = null;
    String recording = null;
    switch (to) {
      case POSTPONED -> {
        reason = check.requireText("reason", in.reason(), 3, REASON_MAX);
        starts = instant(check, "startsAt", in.startsAt(), true);
        ends = instant(check, "endsAt", in.endsAt(), false);
        if (starts != null) {
          if (ends == null) {
            ends = starts.plus(Duration.between(session.startsAt(), session.endsAt()));
          }
          checkSpan(check, starts, ends);
          if (!starts.isAfter(time.now())) {
            check.reject("startsAt", "validation.session.past");
          }
        }
      }
      case CANCELLED -> reason = check.requireText("reason", in.reason(), 3, REASON_MAX);
      case HELD -> {
        minutes = check.requireText("minutes", in.minutes(), 3, MINUTES_MAX);
        check.check(
            "attendance", in.attendance(), n -> n >= 0 && n <= 1_000_000, "validation.range");
        recording = url(check, "recordingUrl", in.recordingUrl());
      }
      default -> {}
    }
    check.throwIfInvalid();
    session.status().requireMoveTo(to);
    Instant now = time.now();
    SessionStatus from = session.status();
    sessions.add(session.move(to, actor.username(), reason, now));
    if (to == SessionStatus.POSTPONED) {
      session.reschedule(starts, ends);
    }
    if (to == SessionStatus.HELD) {
      LocalDate day = LocalDate.ofInstant(now, WorkingDayCalendar.ZONE);
      session.held(minutes, in.attendance(), recording, day);
      LocalDate due = writtenAnswerDue(time.legal(), now);
      for (SessionQuestion question : sessions.questions(session)) {
        if (question.status().awaiting() && !question.hidden()) {
          question.dueInWriting(due);
          notices.askerTold(question, "due", NotificationKind.QUESTION_ANSWER_DUE);
        }
      }
    }
    notices.transitioned(session);
    audit.record(actor, "session.transition", "session", id, from.name() + " → " + to.name());
    em.flush();
    return new SessionDetails(session, sessions.steps(session));
  }

  /**
   * The day by which a question not answered at a session held at {@code heldAt} must be answered
   * in writing: 15 working days on the RK calendar after the day (in Kazakhstan) it was held.
   */
  public static LocalDate writtenAnswerDue(AppealClock legal, Instant heldAt) {
    return legal.deadline(LocalDate.ofInstant(heldAt, WorkingDayCalendar.ZONE));
  }

  /** Sessions starting within a day whose followers were not yet reminded. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> dueForReminder() {
    Instant now = time.now();
    return sessions.startingBetween(now, now.plus(Duration.ofDays(1)));
  }

  /** Reminds the followers of a session starting within a day; false when already done. */
  @Transactional
  public boolean remind(long id) {
    PublicSession session = require(id);
    Instant now = time.now();
    if (!session.status().upcoming()
        || !session.startsAt().isAfter(now)
        || session.startsAt().isAfter(now.plus(Duration.ofDays(1)))) {
      return false;
    }
    return notices.dayBefore(session);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SessionDetails details(long id) {
    PublicSession session = require(id);
    return new SessionDetails(session, sessions.steps(session));
  }

  PublicSession require(long id) {
    return sessions
        .find(id)
        .orElseThrow(() -> new DomainException.NotFound("error.session.not-found"));
  }

  private static void checkSpan(Validation check, Instant starts, Instant ends) {
    if (!ends.isAfter(starts)) {
      check.reject("endsAt", "validation.session.ends-before-start");
    } else if (Duration.between(starts, ends).compareTo(LONGEST) > 0) {
      check.reject("endsAt", "validation.session.too-long");
    }
  }

  /** An ISO date-time with offset ({@code 2026-12-20T10:00+05:00}). */
  static Instant instant(Validation check, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        check.reject(field, "validation.required");
      }
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      check.reject(field, "validation.session.date-time");
      return null;
    }
  }

  static String optionalLine(Validation check, String field, String value, int max) {
    String line = Text.line(value);
    if (line == null || line.isBlank()) {
      return null;
    }
    return check.requireLine(field, line, 1, max);
  }

  static String optionalText(Validation check, String field, String value, int max) {
    String text = Text.multiline(value);
    if (text == null || text.isBlank()) {
      return null;
    }
    return check.requireText(field, text, 1, max);
  }

  /** An optional http(s) link. */
  static String url(Validation check, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String link = value.strip();
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme();
      if (link.length() > URL_MAX
          || scheme == null
          || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || uri.getHost() == null) {
        check.reject(field, "validation.session.url");
        return null;
      }
      return link;
    } catch (URISyntaxException e) {
      check.reject(field, "validation.session.url");
      return null;
    }
  }

  static DomainException.InvalidInput invalid(String field, String key) {
    return new DomainException.InvalidInput(
        List.of(new kz.kenes.forum.platform.FieldError(field, key)));
  }
}
