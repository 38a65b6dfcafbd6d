package kz.kenes.forum.survey.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.survey.LeaderService;
import kz.kenes.forum.survey.Survey;
import kz.kenes.forum.survey.SurveyService;
import kz.kenes.forum.survey.api.Requests.LeaderRatingRequest;
import kz.kenes.forum.survey.api.Requests.LeaderRequest;
import kz.kenes.forum.survey.api.Requests.PaperResponseRequest;
import kz.kenes.forum.survey.api.Requests.ResponseRequest;
import kz.kenes.forum.survey.api.Requests.SurveyRequest;
import kz.kenes.forum.survey.api.Requests.TextDecisionRequest;
import kz.kenes.forum.survey.api.Requests.TransitionRequest;
import kz.kenes.forum.survey.api.SurveyViews.Created;
import kz.kenes.forum.survey.api.SurveyViews.DecisionView;
import kz.kenes.forum.survey.api.SurveyViews.LeaderView;
import kz.kenes.forum.survey.api.SurveyViews.Recorded;
import kz.kenes.forum.survey.api.SurveyViews.ResultsView;
import kz.kenes.forum.survey.api.SurveyViews.SurveySummaryView;
import kz.kenes.forum.survey.api.SurveyViews.SurveyView;
import kz.kenes.forum.survey.api.SurveyViews.TextView;

/**
 * Surveys and the annual leader rating. Reading a survey, a body's list and its leaders is public;
 * results (and their CSV) are 403 for everyone until the survey is closed. Publishing and closing
 * need staff of the body, paper responses an operator or staff, free-text moderation a moderator of
 * the body, answering any signed-in member (once).
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {
  @Inject CurrentActor caller;
  @Inject SurveyService surveys;
  @Inject LeaderService leaders;

  @POST
  @Path("bodies/{slug}/surveys")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(
      @PathParam("slug") String slug, SurveyRequest request, @Context UriInfo uri) {
    var actor = caller.require();
    SurveyRequest r = request == null ? new SurveyRequest(null, null, null, null) : request;
    Survey survey = surveys.publish(actor, slug, r.toInput());
    return created(uri, survey);
  }

  @GET
  @Path("bodies/{slug}/surveys")
  public List<SurveySummaryView> list(@PathParam("slug") String slug) {
    return surveys.forBody(slug).stream().map(SurveySummaryView::of).toList();
  }

  @POST
  @Path("bodies/{slug}/leader-ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startRating(
      @PathParam("slug") String slug, LeaderRatingRequest request, @Context UriInfo uri) {
    var actor = caller.require();
    LeaderRatingRequest r = request == null ? new LeaderRatingRequest(null, null) : request;
    return created(uri, surveys.startLeaderRating(actor, slug, r.year(), r.closesAt()));
  }

  @GET
  @Path("bodies/{slug}/leaders")
  public List<LeaderView> leaders(@PathParam("slug") String slug) {
    return leaders.ratedLeaders(slug).stream().map(LeaderView::of).toList();
  }

  @POST
  @Path("bodies/{slug}/leaders")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addLeader(@PathParam("slug") String slug, LeaderRequest request) {
    var actor = caller.require();
    LeaderRequest r = request == null ? new LeaderRequest(null, null, null) : request;
    var leader = leaders.add(actor, slug, r.name(), Requests.text(r.position()));
    return Response.status(Response.Status.CREATED)
        .entity(
            leaders.ratedLeaders(slug).stream()
                .filter(x -> x.leader().id().equals(leader.id()))
                .map(LeaderView::of)
                .findFirst()
                .orElseThrow())
        .build();
  }

  @PUT
  @Path("leaders/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public LeaderView changeLeader(@PathParam("id") long id, LeaderRequest request) {
    var actor = caller.require();
    LeaderRequest r = request == null ? new LeaderRequest(null, null, null) : request;
    var leader = leaders.change(actor, id, r.name(), Requests.text(r.position()), r.active());
    return leaders.ratedLeaders(leader.body()).stream()
        .filter(x -> x.leader().id().equals(leader.id()))
        .map(LeaderView::of)
        .findFirst()
        .orElseThrow();
  }

  @GET
  @Path("surveys/{id}")
  public SurveyView get(@PathParam("id") long id) {
    return SurveyView.of(surveys.byId(id));
  }

  @POST
  @Path("surveys/{id}/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response respond(@PathParam("id") long id, ResponseRequest request) {
    var actor = caller.require();
    surveys.respond(actor, id, Requests.answers(request == null ? null : request.answers()));
    return Response.status(Response.Status.CREATED).entity(new Recorded(id, "ONLINE")).build();
  }

  @POST
  @Path("surveys/{id}/paper-responses")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enterPaper(@PathParam("id") long id, PaperResponseRequest request) {
    var actor = caller.require();
    PaperResponseRequest r = request == null ? new PaperResponseRequest(null, null) : request;
    surveys.enterPaper(actor, id, r.phone(), Requests.answers(r.answers()));
    return Response.status(Response.Status.CREATED).entity(new Recorded(id, "PAPER")).build();
  }

  @POST
  @Path("surveys/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public SurveyView transition(@PathParam("id") long id, TransitionRequest request) {
    var actor = caller.require();
    TransitionRequest r = request == null ? new TransitionRequest(null, null) : request;
    return SurveyView.of(surveys.transition(actor, id, r.to(), r.reason()));
  }

  @GET
  @Path("surveys/{id}/results")
  public ResultsView results(@PathParam("id") long id) {
    return ResultsView.of(id, surveys.results(id));
  }

  @GET
  @Path("surveys/{id}/results.csv")
  @Produces({"text/csv", MediaType.WILDCARD}) // a CSV whatever the client accepts
  public Response csv(@PathParam("id") long id) {
    return Response.ok(surveys.csv(id), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"")
        .build();
  }

  @GET
  @Path("surveys/{id}/texts")
  public List<TextView> texts(@PathParam("id") long id) {
    var actor = caller.require();
    var waiting = surveys.textsWaiting(actor, id);
    Map<Long, String> keys = new HashMap<>();
    surveys.byId(id).questions().forEach(q -> keys.put(q.id(), q.key()));
    return waiting.stream().map(a -> TextView.of(a, keys)).toList();
  }

  @POST
  @Path("surveys/{id}/texts/{answerId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DecisionView decide(
      @PathParam("id") long id, @PathParam("answerId") long answerId, TextDecisionRequest request) {
    var actor = caller.require();
    String decision = request == null ? null : request.decision();
    surveys.decideText(actor, id, answerId, decision);
    return new DecisionView(answerId, decision == null ? null : decision.strip());
  }

  private static Response created(UriInfo uri, Survey survey) {
    return Response.created(uri.getBaseUriBuilder().path("api/v1/surveys/{id}").build(survey.id()))
        .entity(new Created(survey.id(), survey.status().name()))
        .build();
  }
}
