package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.survey.QuestionType;
import kz.kenes.forum.survey.Survey;
import kz.kenes.forum.survey.SurveyQuestion;
import kz.kenes.forum.survey.SurveyService;
import kz.kenes.forum.survey.SurveyStatus;

/**
 * A survey's page: its questions as a form while it takes answers, its results (SVG bar charts with
 * the same figures in tables) once it is closed; and the staff pages beside it: close it, enter a
 * paper response, review free-text answers. All without JavaScript; the server checks who may do
 * what. Form fields are named {@code q.<key>}.
 */
@Path("surveys/{id}")
@Produces("text/html")
public class SurveyPages {
  static final String FIELD = "q.";

  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject SurveyService surveys;
  @Inject HttpServletRequest request;
  @Inject Clock clock;

  @GET
  public Response show(@PathParam("id") long id) {
    return survey(Response.Status.OK, id, Map.of(), List.of());
  }

  @POST
  public Response answer(@PathParam("id") long id) {
    var actor = caller.require();
    Survey survey = surveys.byId(id);
    Map<String, List<String>> values = values(survey);
    try {
      surveys.respond(actor, id, answers(survey, values));
    } catch (DomainException.InvalidInput invalid) {
      return survey(Response.Status.BAD_REQUEST, id, values, invalid.errors());
    }
    return Response.seeOther(URI.create("/surveys/" + id + "#answered")).build();
  }

  @POST
  @Path("close")
  public Response close(@PathParam("id") long id) {
    surveys.transition(caller.require(), id, SurveyStatus.CLOSED.name(), null);
    return Response.seeOther(URI.create("/surveys/" + id + "#results")).build();
  }

  @GET
  @Path("paper")
  public Response paperForm(@PathParam("id") long id) {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Survey survey = surveys.byId(id);
    requirePaper(survey);
    return paper(Response.Status.OK, survey, "", Map.of(), List.of(), false);
  }

  @POST
  @Path("paper")
  public Response paper(@PathParam("id") long id, @FormParam("phone") String phone) {
    var actor = caller.require();
    Survey survey = surveys.byId(id);
    requirePaper(survey);
    Map<String, List<String>> values = values(survey);
    try {
      surveys.enterPaper(actor, id, phone, answers(survey, values));
    } catch (DomainException.InvalidInput invalid) {
      return paper(
          Response.Status.BAD_REQUEST,
          survey,
          phone == null ? "" : phone,
          values,
          invalid.errors(),
          false);
    }
    return paper(Response.Status.OK, survey, "", Map.of(), List.of(), true);
  }

  @GET
  @Path("texts")
  public Response texts(@PathParam("id") long id) {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    var waiting = surveys.textsWaiting(caller.get().get(), id);
    Survey survey = surveys.byId(id);
    Map<Long, SurveyQuestion> questions = new HashMap<>();
    survey.questions().forEach(q -> questions.put(q.id(), q));
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("survey", survey);
    params.put("texts", waiting);
    params.put("questions", questions);
    return pages.ok("survey-texts.jte", params);
  }

  @POST
  @Path("texts/{answerId}")
  public Response decide(
      @PathParam("id") long id,
      @PathParam("answerId") long answerId,
      @FormParam("decision") String decision) {
    surveys.decideText(caller.require(), id, answerId, decision);
    return Response.seeOther(URI.create("/surveys/" + id + "/texts")).build();
  }

  private void requirePaper(Survey survey) {
    if (!surveys.mayEnterPaper(caller.get().orElseThrow(), survey.body())) {
      throw new DomainException.Forbidden("error.survey.paper-only");
    }
  }

  private Response survey(
      Response.Status status, long id, Map<String, List<String>> values, List<FieldError> errors) {
    Survey survey = surveys.byId(id);
    var actor = caller.get();
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("survey", survey);
    params.put("now", Instant.now(clock));
    params.put("tookPart", actor.map(a -> surveys.tookPart(a, id)).orElse(false));
    params.put("staff", actor.map(a -> surveys.isStaff(a, survey.body())).orElse(false));
    params.put("paper", actor.map(a -> surveys.mayEnterPaper(a, survey.body())).orElse(false));
    params.put("moderator", actor.map(a -> surveys.isModerator(a, survey.body())).orElse(false));
    params.put("results", survey.status() == SurveyStatus.CLOSED ? surveys.results(id) : null);
    params.put("values", values);
    params.put("errors", Pages.byField(errors));
    return pages.page(status, "survey.jte", params);
  }

  private Response paper(
      Response.Status status,
      Survey survey,
      String phone,
      Map<String, List<String>> values,
      List<FieldError> errors,
      boolean done) {
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("survey", survey);
    params.put("phone", phone);
    params.put("values", values);
    params.put("errors", Pages.byField(errors));
    params.put("done", done);
    return pages.page(status, "survey-paper.jte", params);
  }

  /** What the form sent for each question, as typed (to show it again with the errors). */
  private Map<String, List<String>> values(Survey survey) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (SurveyQuestion q : survey.questions()) {
      String[] given = request.getParameterValues(FIELD + q.key());
      values.put(q.key(), given == null ? List.of() : Arrays.asList(given));
    }
    return values;
  }

  /** The form's values as the use case reads them: a list for multiple choice, else one value. */
  static Map<String, Object> answers(Survey survey, Map<String, List<String>> values) {
    Map<String, Object> answers = new HashMap<>();
    for (SurveyQuestion q : survey.questions()) {
      List<String> given = values.getOrDefault(q.key(), List.of());
      if (given.isEmpty()) {
        continue;
      }
      answers.put(
          q.key(),
          q.type() == QuestionType.MULTIPLE_CHOICE ? new ArrayList<>(given) : given.get(0));
    }
    return answers;
  }
}
