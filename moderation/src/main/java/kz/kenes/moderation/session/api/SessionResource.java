package kz.kenes.moderation.session.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.Validation;
import kz.kenes.moderation.appeal.Appeal;
import kz.kenes.moderation.session.PublicSession;
import kz.kenes.moderation.session.SessionQueries;
import kz.kenes.moderation.session.SessionQuestion;
import kz.kenes.moderation.session.SessionQuestions;
import kz.kenes.moderation.session.SessionService;
import kz.kenes.moderation.session.SimilarQuestions;

/**
 * Public sessions and their questions: officials and moderators of the body schedule and run them;
 * signed-in residents ask and support; anyone reads. Thin: authorization and rules live in the
 * services.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  @Inject CurrentActor caller;
  @Inject SessionService sessions;
  @Inject SessionQuestions questions;
  @Inject SessionQueries queries;
  @Inject SimilarQuestions similar;

  /** The answer to scheduling and to a move: the session's id and status. */
  public record StatusView(long id, String status) {}

  /** A question's id, status and supports, after asking, supporting, answering or merging. */
  public record QuestionStatusView(long id, String status, int supports) {
    static QuestionStatusView of(SessionQuestion q) {
      return new QuestionStatusView(q.id(), q.status().name(), q.supports());
    }
  }

  /** The escalation's answer: the appeal draft's id and status. */
  public record EscalationView(long id, String status, long questionId) {}

  /** A question like the one being typed. */
  public record SimilarView(long id, String text, int supports) {}

  @POST
  @Path("bodies/{slug}/sessions")
  public Response schedule(
      @PathParam("slug") String slug,
      SessionService.ScheduleRequest request,
      @Context UriInfo uri) {
    PublicSession session = sessions.schedule(caller.require(), slug, request);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/sessions/{id}").build(session.id()))
        .entity(new StatusView(session.id(), session.status().name()))
        .build();
  }

  @GET
  @Path("bodies/{slug}/sessions")
  public List<SessionViews.SessionSummary> ofBody(@PathParam("slug") String slug) {
    return queries.ofBody(slug).stream().map(SessionViews.SessionSummary::of).toList();
  }

  @GET
  @Path("sessions/upcoming")
  public List<SessionViews.SessionSummary> upcoming() {
    return queries.upcoming(null, SessionQueries.LIST_MAX).stream()
        .map(SessionViews.SessionSummary::of)
        .toList();
  }

  @GET
  @Path("sessions/{id}")
  public SessionViews.SessionView get(@PathParam("id") long id) {
    return SessionViews.SessionView.of(queries.page(id));
  }

  @POST
  @Path("sessions/{id}/transitions")
  public StatusView transition(@PathParam("id") long id, SessionService.TransitionRequest request) {
    var details = sessions.transition(caller.require(), id, request);
    return new StatusView(id, details.session().status().name());
  }

  @POST
  @Path("sessions/{id}/questions")
  public Response ask(
      @PathParam("id") long id, SessionQuestions.AskRequest request, @Context UriInfo uri) {
    SessionQuestion question = questions.ask(caller.require(), id, request);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/sessions/{id}/questions/{qid}")
                .build(id, question.id()))
        .entity(QuestionStatusView.of(question))
        .build();
  }

  @GET
  @Path("sessions/{id}/similar")
  public List<SimilarView> similar(@PathParam("id") long id, @QueryParam("text") String text) {
    Validation check = new Validation();
    check.requireText("text", text, 1, SessionQuestion.TEXT_MAX);
    check.throwIfInvalid();
    return similar.like(id, text).stream()
        .map(q -> new SimilarView(q.id(), q.text(), q.supports()))
        .toList();
  }

  @POST
  @Path("sessions/{id}/questions/{qid}/supports")
  public Response support(@PathParam("id") long id, @PathParam("qid") long qid) {
    SessionQuestion question = questions.support(caller.require(), id, qid);
    return Response.status(Response.Status.CREATED).entity(QuestionStatusView.of(question)).build();
  }

  @POST
  @Path("sessions/{id}/questions/{qid}/answer")
  public QuestionStatusView answer(
      @PathParam("id") long id,
      @PathParam("qid") long qid,
      SessionQuestions.AnswerRequest request) {
    return QuestionStatusView.of(questions.answer(caller.require(), id, qid, request));
  }

  @POST
  @Path("sessions/{id}/questions/{qid}/now-answering")
  public StatusView nowAnswering(@PathParam("id") long id, @PathParam("qid") long qid) {
    PublicSession session = questions.nowAnswering(caller.require(), id, qid);
    return new StatusView(id, session.status().name());
  }

  @POST
  @Path("sessions/{id}/questions/{qid}/hide")
  public QuestionStatusView hide(
      @PathParam("id") long id,
      @PathParam("qid") long qid,
      SessionQuestions.ModerateRequest request) {
    return QuestionStatusView.of(questions.hide(caller.require(), id, qid, request));
  }

  @POST
  @Path("sessions/{id}/questions/{qid}/merge")
  public QuestionStatusView merge(
      @PathParam("id") long id,
      @PathParam("qid") long qid,
      SessionQuestions.ModerateRequest request) {
    return QuestionStatusView.of(questions.merge(caller.require(), id, qid, request));
  }

  @POST
  @Path("sessions/{id}/questions/{qid}/escalation")
  public Response escalate(
      @PathParam("id") long id, @PathParam("qid") long qid, @Context UriInfo uri) {
    SessionQuestions.Escalation escalation = questions.escalate(caller.require(), id, qid);
    Appeal appeal = escalation.appeal();
    EscalationView view = new EscalationView(appeal.id(), appeal.status().name(), qid);
    if (!escalation.created()) {
      return Response.ok(view).build();
    }
    return Response.created(uri.getBaseUriBuilder().path("api/v1/appeals/{id}").build(appeal.id()))
        .entity(view)
        .build();
  }
}
