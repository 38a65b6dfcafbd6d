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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.survey.Survey;
import kz.kenes.forum.survey.SurveyRules;
import kz.kenes.forum.survey.SurveyService;
import kz.kenes.forum.survey.SurveyTemplates;

/**
 * A body's surveys (public), and the staff page that starts one from a template: the residents'
 * survey of the study, or the year's leader rating. Without JavaScript.
 */
@Path("bodies/{slug}/surveys")
@Produces("text/html")
public class SurveyListPages {
  static final String RESIDENTS = "residents";
  static final String RATING = "rating";

  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject SurveyService surveys;
  @Inject StaffService staff;
  @Inject Clock clock;

  @GET
  public Response list(@PathParam("slug") String slug) {
    var profile = staff.profile(slug);
    List<Survey> list = surveys.forBody(slug);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", profile.body());
    params.put("surveys", list);
    params.put("staff", caller.get().map(a -> surveys.isStaff(a, profile.body())).orElse(false));
    return pages.ok("surveys.jte", params);
  }

  @GET
  @Path("new")
  public Response templates(@PathParam("slug") String slug) {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    surveys.requireStaffOf(caller.get().get(), slug);
    return templates(Response.Status.OK, slug, Map.of(), List.of());
  }

  @POST
  @Path("new")
  public Response start(
      @PathParam("slug") String slug,
      @FormParam("template") String template,
      @FormParam("year") String year,
      @FormParam("closesAt") String closesAt) {
    var actor = caller.require();
    try {
      Survey survey;
      if (RATING.equals(template)) {
        Integer y =
            year == null || !year.strip().matches("[0-9]{4}")
                ? null
                : Integer.valueOf(year.strip());
        if (y == null && year != null && !year.isBlank()) {
          throw new DomainException.InvalidInput(
              List.of(new FieldError("year", "validation.survey.rating-year")));
        }
        survey = surveys.startLeaderRating(actor, slug, y, closesAt);
      } else if (RESIDENTS.equals(template)) {
        survey = surveys.publish(actor, slug, SurveyTemplates.residents(closesAt));
      } else {
        throw new DomainException.InvalidInput(
            List.of(new FieldError("template", "validation.unknown-value")));
      }
      return Response.seeOther(URI.create("/surveys/" + survey.id())).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> values = new HashMap<>();
      values.put("template", template == null ? "" : template);
      values.put("year", year == null ? "" : year);
      values.put("closesAt", closesAt == null ? "" : closesAt);
      return templates(Response.Status.BAD_REQUEST, slug, values, invalid.errors());
    }
  }

  private Response templates(
      Response.Status status, String slug, Map<String, String> values, List<FieldError> errors) {
    var profile = staff.profile(slug);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", profile.body());
    params.put("values", values);
    params.put("errors", Pages.byField(errors));
    params.put("template", values.getOrDefault("template", ""));
    params.put(
        "thisYear", String.valueOf(LocalDate.now(clock.withZone(SurveyRules.ZONE)).getYear()));
    return pages.page(status, "survey-templates.jte", params);
  }
}
