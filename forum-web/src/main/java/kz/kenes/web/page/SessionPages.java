package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.review.FlagReason;
import kz.kenes.moderation.review.ModerationService;
import kz.kenes.moderation.session.PublicSession;
import kz.kenes.moderation.session.SessionCalendar;
import kz.kenes.moderation.session.SessionQueries;
import kz.kenes.moderation.session.SessionQuestion;
import kz.kenes.moderation.session.SessionQuestions;
import kz.kenes.moderation.session.SessionService;
import kz.kenes.moderation.session.SessionType;
import kz.kenes.moderation.session.SimilarQuestions;

/**
 * Public sessions on the site, without JavaScript: the region-wide list of upcoming sessions, a
 * session's page (agenda, the question being answered now, questions by supports, the outcome once
 * held; it reloads itself every {@value #LIVE_REFRESH_SECONDS} seconds while live), the residents'
 * forms to ask (with a "check for similar questions" button) and support, the officials' forms to
 * move the session and answer, and the iCalendar file of a session. A body's list and feed are in
 * {@link BodySessions} (paths under {@code bodies/{slug}} must be mounted on their own class, see
 * {@link FollowPages}) and {@link BodyPage}'s {@code sessions.ics}.
 */
@Path("sessions")
@Produces("text/html")
public class SessionPages {
  static final int LIVE_REFRESH_SECONDS = 20;
  static final String ICS = "text/calendar; charset=utf-8";

  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject SessionQueries queries;
  @Inject SessionService sessions;
  @Inject SessionQuestions questions;
  @Inject SimilarQuestions similar;
  @Inject StaffScopes staff;
  @Inject PageLinks links;
  @Inject ModerationService moderation;

  @GET
  public Response upcoming() {
    if (pages.sameForEveryVisitor()) {
      return pages.forVisitors("sessions", () -> list(null, List.of(), Map.of()));
    }
    return pages.respond(Response.Status.OK, list(null, List.of(), Map.of()));
  }

  /**
   * {@code /sessions/{id}}, the session's page, and {@code /sessions/{id}.ics}, its iCalendar file
   * (one route: a path parameter followed by a literal suffix in one segment is not matched).
   */
  @GET
  @Path("{id}")
  @Produces({"text/html", "text/calendar"})
  public Response show(@PathParam("id") String path) {
    if (path.matches("\\d{1,18}\\.ics")) {
      return calendar(Long.parseLong(path.substring(0, path.length() - 4)));
    }
    if (!path.matches("\\d{1,18}")) {
      throw new DomainException.NotFound("error.session.not-found");
    }
    long id = Long.parseLong(path);
    if (pages.sameForEveryVisitor()) {
      queries.session(id);
      return pages.forVisitors("session:" + id, () -> session(id, Map.of(), List.of(), null));
    }
    return pages.respond(Response.Status.OK, session(id, Map.of(), List.of(), null));
  }

  private Response calendar(long id) {
    PublicSession session = queries.session(id);
    return ics(
        SessionCalendar.of(List.of(session), session.title(), links::session, Instant.now()),
        "session-" + id + ".ics");
  }

  /** {@code /bodies/{slug}/sessions.ics}: the body's sessions as a subscribable calendar. */
  static Response feed(SessionQueries queries, PageLinks links, Body body) {
    return ics(
        SessionCalendar.of(
            queries.ofBody(body.slug()), body.name().kk(), links::session, Instant.now()),
        body.slug() + "-sessions.ics");
  }

  @POST
  @Path("{id}/questions")
  public Response ask(
      @PathParam("id") long id,
      @FormParam("text") String text,
      @FormParam("category") String category) {
    Actor actor = caller.require();
    try {
      questions.ask(actor, id, new SessionQuestions.AskRequest(text, category));
      return back(id);
    } catch (DomainException.InvalidInput invalid) {
      return pages.respond(
          Response.Status.BAD_REQUEST,
          session(id, Map.of("text", nz(text), "category", nz(category)), invalid.errors(), null));
    }
  }

  /** The ask form's "check for similar questions" button: nothing is asked. */
  @POST
  @Path("{id}/questions/similar")
  public Response similar(
      @PathParam("id") long id,
      @FormParam("text") String text,
      @FormParam("category") String category) {
    caller.require();
    List<SessionQuestion> like =
        text == null || text.isBlank() ? List.of() : similar.like(id, text);
    return pages.respond(
        Response.Status.OK,
        session(id, Map.of("text", nz(text), "category", nz(category)), List.of(), like));
  }

  @POST
  @Path("{id}/questions/{qid}/supports")
  public Response support(@PathParam("id") long id, @PathParam("qid") long qid) {
    questions.support(caller.require(), id, qid);
    return back(id, "q-" + qid);
  }

  /** A resident flags a question for the moderators of the session's body (works without JS). */
  @POST
  @Path("{id}/questions/{qid}/flags")
  public Response flag(
      @PathParam("id") long id,
      @PathParam("qid") long qid,
      @FormParam("reason") String reason,
      @FormParam("note") String note) {
    Actor actor = caller.require();
    try {
      moderation.flagQuestion(actor, id, qid, reason, note);
      return back(id, "q-" + qid);
    } catch (DomainException.InvalidInput invalid) {
      return pages.respond(
          Response.Status.BAD_REQUEST,
          session(id, Map.of("flag-" + qid, nz(note)), prefixed(invalid, "f" + qid), null));
    }
  }

  @POST
  @Path("{id}/questions/{qid}/now-answering")
  public Response nowAnswering(@PathParam("id") long id, @PathParam("qid") long qid) {
    questions.nowAnswering(caller.require(), id, qid);
    return back(id, "q-" + qid);
  }

  @POST
  @Path("{id}/questions/{qid}/answer")
  public Response answer(
      @PathParam("id") long id,
      @PathParam("qid") long qid,
      @FormParam("mode") String mode,
      @FormParam("text") String text) {
    Actor actor = caller.require();
    try {
      questions.answer(actor, id, qid, new SessionQuestions.AnswerRequest(mode, text));
      return back(id, "q-" + qid);
    } catch (DomainException.InvalidInput invalid) {
      return pages.respond(
          Response.Status.BAD_REQUEST,
          session(id, Map.of("answer-" + qid, nz(text)), prefixed(invalid, "q" + qid), null));
    }
  }

  @POST
  @Path("{id}/questions/{qid}/escalation")
  public Response escalate(@PathParam("id") long id, @PathParam("qid") long qid) {
    var escalation = questions.escalate(caller.require(), id, qid);
    return Response.seeOther(URI.create("/appeals/" + escalation.appeal().id())).build();
  }

  @POST
  @Path("{id}/transitions")
  public Response transition(
      @PathParam("id") long id,
      @FormParam("to") String to,
      @FormParam("reason") String reason,
      @FormParam("startsAt") String startsAt,
      @FormParam("minutes") String minutes,
      @FormParam("attendance") String attendance,
      @FormParam("recordingUrl") String recordingUrl) {
    Actor actor = caller.require();
    Map<String, String> form =
        Map.of(
            "to", nz(to),
            "reason", nz(reason),
            "startsAt", nz(startsAt),
            "minutes", nz(minutes),
            "attendance", nz(attendance),
            "recordingUrl", nz(recordingUrl));
    try {
      Integer count = null;
      if (attendance != null && !attendance.isBlank()) {
        try {
          count = Integer.valueOf(attendance.strip());
        } catch (NumberFormatException e) {
          throw new DomainException.InvalidInput(
              List.of(new FieldError("attendance", "validation.range")));
        }
      }
      sessions.transition(
          actor,
          id,
          new SessionService.TransitionRequest(
              to, reason, local(startsAt), null, minutes, count, recordingUrl));
      return back(id);
    } catch (DomainException.InvalidInput invalid) {
      return pages.respond(Response.Status.BAD_REQUEST, session(id, form, invalid.errors(), null));
    }
  }

  byte[] list(Body body, List<FieldError> errors, Map<String, String> form) {
    return list(pages, queries, sessions, caller, body, errors, form);
  }

  static byte[] list(
      Pages pages,
      SessionQueries queries,
      SessionService sessions,
      CurrentActor caller,
      Body body,
      List<FieldError> errors,
      Map<String, String> form) {
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", body);
    params.put(
        "sessions",
        body == null
            ? queries.upcoming(null, SessionQueries.LIST_MAX)
            : queries.ofBody(body.slug()));
    boolean runner = body != null && caller.get().map(a -> sessions.runs(a, body)).orElse(false);
    params.put("runner", runner);
    params.put("speakerChoices", runner ? sessions.speakerChoices(body) : List.of());
    params.put("types", List.of(SessionType.values()));
    params.put("errors", Pages.byField(errors));
    params.put("form", form);
    return pages.render("sessions.jte", params);
  }

  private byte[] session(
      long id, Map<String, String> form, List<FieldError> errors, List<SessionQuestion> like) {
    SessionQueries.SessionPage page = queries.page(id);
    Body body = page.session().body();
    var actor = caller.get();
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("page", page);
    params.put("runner", actor.map(a -> sessions.runs(a, body)).orElse(false));
    params.put(
        "moderator", actor.map(a -> staff.serves(a, body, StaffRole.MODERATOR)).orElse(false));
    params.put("me", actor.map(Actor::username).orElse(""));
    params.put("mineHidden", page.hiddenOf(actor.map(Actor::username).orElse("")));
    params.put("flagReasons", List.of(FlagReason.values()));
    params.put("form", form);
    params.put("errors", Pages.byField(errors));
    params.put("similar", like);
    params.put("categories", List.of(Category.values()));
    params.put("refresh", page.session().status().name().equals("LIVE") ? LIVE_REFRESH_SECONDS : 0);
    return pages.render("session.jte", params);
  }

  static Response ics(String text, String file) {
    return Response.ok(text, ICS)
        .header("Content-Disposition", "inline; filename=\"" + file + "\"")
        .header("Cache-Control", "no-cache")
        .build();
  }

  private static Response back(long id) {
    return Response.seeOther(URI.create("/sessions/" + id)).build();
  }

  private static Response back(long id, String fragment) {
    return Response.seeOther(URI.create("/sessions/" + id + "#" + fragment)).build();
  }

  private static List<FieldError> prefixed(DomainException.InvalidInput invalid, String prefix) {
    return invalid.errors().stream()
        .map(e -> new FieldError(prefix + "-" + e.field(), e.messageKey()))
        .toList();
  }

  /**
   * A form's {@code datetime-local} value (2026-12-20T10:00) is Kazakhstan time: given the +05:00
   * offset; a value with an offset is kept.
   */
  static String local(String value) {
    if (value == null || value.isBlank()) {
      return value;
    }
    String v = value.strip();
    return v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") ? v + "+05:00" : v;
  }

  static String nz(String value) {
    return value == null ? "" : value;
  }

  /** {@code /bodies/{slug}/sessions}: a body's sessions and, for its staff, the schedule form. */
  @Path("bodies/{slug}/sessions")
  @Produces("text/html")
  public static class BodySessions {
    @Inject Pages pages;
    @Inject BodyRepository bodies;
    @Inject SessionQueries queries;
    @Inject SessionService sessions;
    @Inject CurrentActor caller;

    @GET
    public Response show(@PathParam("slug") String slug) {
      Body body = bodies.requireBySlug(slug);
      return pages.respond(
          Response.Status.OK, list(pages, queries, sessions, caller, body, List.of(), Map.of()));
    }

    @POST
    public Response schedule(
        @PathParam("slug") String slug,
        @FormParam("type") String type,
        @FormParam("title") String title,
        @FormParam("startsAt") String startsAt,
        @FormParam("endsAt") String endsAt,
        @FormParam("place") String place,
        @FormParam("onlineUrl") String onlineUrl,
        @FormParam("agenda") String agenda,
        @FormParam("speakers") List<String> speakers) {
      Actor actor = caller.require();
      try {
        PublicSession session =
            sessions.schedule(
                actor,
                slug,
                new SessionService.ScheduleRequest(
                    type,
                    title,
                    local(startsAt),
                    local(endsAt),
                    place,
                    onlineUrl,
                    agenda,
                    speakers));
        return Response.seeOther(URI.create("/sessions/" + session.id())).build();
      } catch (DomainException.InvalidInput invalid) {
        Map<String, String> form = new HashMap<>();
        form.put("type", nz(type));
        form.put("title", nz(title));
        form.put("startsAt", nz(startsAt));
        form.put("endsAt", nz(endsAt));
        form.put("place", nz(place));
        form.put("onlineUrl", nz(onlineUrl));
        form.put("agenda", nz(agenda));
        return pages.respond(
            Response.Status.BAD_REQUEST,
            list(
                pages,
                queries,
                sessions,
                caller,
                bodies.requireBySlug(slug),
                invalid.errors(),
                form));
      }
    }
  }
}
