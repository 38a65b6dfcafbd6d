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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.survey.NewSurvey;
import kz.kenes.forum.survey.QuestionType;
import kz.kenes.forum.survey.Survey;
import kz.kenes.forum.survey.SurveyRules;
import kz.kenes.forum.survey.SurveyService;
import kz.kenes.forum.survey.SurveyTemplates;
import kz.kenes.forum.survey.TextInput;

/**
 * A body's surveys (public), and the staff page that starts one: from a template (the residents'
 * survey of the study, the year's leader rating) or with questions of their own, up to {@value
 * #SLOTS} in one form. Without JavaScript.
 */
@Path("bodies/{slug}/surveys")
@Produces("text/html")
public class SurveyListPages {
  static final String RESIDENTS = "residents";
  static final String RATING = "rating";
  static final String CUSTOM = "custom";

  /** The languages a form asks each text in, with the key of each one's name, in this order. */
  static final Map<String, String> LANGUAGES = languages();

  private static Map<String, String> languages() {
    Map<String, String> languages = new java.util.LinkedHashMap<>();
    languages.put("kk", "survey.custom.kk");
    languages.put("ru", "survey.custom.ru");
    languages.put("en", "survey.custom.en");
    return java.util.Collections.unmodifiableMap(languages);
  }

  /** The questions a survey of one's own may have in the form (the API takes up to 50). */
  static final int SLOTS = 8;

  private static final Pattern QUESTION_FIELD = Pattern.compile("^questions\\[(\\d+)\\](.*)$");

  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject SurveyService surveys;
  @Inject StaffService staff;
  @Inject Clock clock;
  @Inject HttpServletRequest request;

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
      } else if (CUSTOM.equals(template)) {
        survey = surveys.publish(actor, slug, custom(request::getParameter));
      } else {
        throw new DomainException.InvalidInput(
            List.of(new FieldError("template", "validation.unknown-value")));
      }
      return Response.seeOther(URI.create("/surveys/" + survey.id())).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> values = new HashMap<>();
      request.getParameterMap().forEach((name, given) -> values.put(name, given[0]));
      values.remove("_csrf");
      values.put("template", template == null ? "" : template);
      return templates(Response.Status.BAD_REQUEST, slug, values, invalid.errors());
    }
  }

  /**
   * The survey of the form "your own questions": title and question texts in Kazakh, and in Russian
   * and English where they differ (left empty: the Kazakh text); the slots whose type is chosen
   * become questions {@code q1}…, in order; options one per line, {@code kk | ru | en} for a label
   * in three languages, keyed {@code o1}….
   */
  static NewSurvey custom(Function<String, String> form) {
    List<NewSurvey.NewQuestion> questions = new ArrayList<>();
    for (int slot = 1; slot <= SLOTS; slot++) {
      String q = "q" + slot;
      String type = form.apply(q + ".type");
      if (type == null || type.isBlank()) {
        continue;
      }
      List<NewSurvey.NewOption> options = null;
      String lines = form.apply(q + ".options");
      if (lines != null && !lines.isBlank()) {
        options = new ArrayList<>();
        for (String line : lines.split("\\R")) {
          if (!line.isBlank()) {
            options.add(new NewSurvey.NewOption("o" + (options.size() + 1), label(line)));
          }
        }
      }
      questions.add(
          new NewSurvey.NewQuestion(
              q, type.strip(), languages(form, q), options, form.apply(q + ".optional") != null));
    }
    return new NewSurvey(
        languages(form, "title"), form.apply("opensAt"), form.apply("closesAt"), questions);
  }

  private static TextInput languages(Function<String, String> form, String prefix) {
    String kk = form.apply(prefix + ".kk");
    return TextInput.of(
        kk, orElse(form.apply(prefix + ".ru"), kk), orElse(form.apply(prefix + ".en"), kk));
  }

  private static TextInput label(String line) {
    String[] parts = line.split("\\|", -1);
    return parts.length == 3
        ? TextInput.of(
            parts[0].strip(),
            orElse(parts[1].strip(), parts[0].strip()),
            orElse(parts[2].strip(), parts[0].strip()))
        : TextInput.same(line.strip());
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * The use case names the n-th question given ({@code questions[1].text}); the form shows it at
   * its slot ({@code q3}), the n-th slot whose type was chosen.
   */
  static List<FieldError> bySlot(List<FieldError> errors, Map<String, String> values) {
    List<Integer> slots = new ArrayList<>();
    for (int slot = 1; slot <= SLOTS; slot++) {
      String type = values.get("q" + slot + ".type");
      if (type != null && !type.isBlank()) {
        slots.add(slot);
      }
    }
    List<FieldError> shown = new ArrayList<>();
    for (FieldError error : errors) {
      Matcher m = QUESTION_FIELD.matcher(error.field());
      int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (n >= 0 && n < slots.size()) {
        String part = m.group(2).startsWith(".options") ? ".options" : m.group(2);
        shown.add(
            new FieldError(
                "q" + slots.get(n) + (part.isEmpty() ? ".type" : part), error.messageKey()));
      } else {
        shown.add(error);
      }
    }
    return shown;
  }

  private Response templates(
      Response.Status status, String slug, Map<String, String> values, List<FieldError> errors) {
    var profile = staff.profile(slug);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", profile.body());
    params.put("values", values);
    String template = values.getOrDefault("template", "");
    params.put("errors", Pages.byField(CUSTOM.equals(template) ? bySlot(errors, values) : errors));
    params.put("template", template);
    params.put("slots", SLOTS);
    params.put("languages", LANGUAGES);
    params.put("types", List.of(QuestionType.values()));
    params.put(
        "thisYear", String.valueOf(LocalDate.now(clock.withZone(SurveyRules.ZONE)).getYear()));
    return pages.page(status, "survey-templates.jte", params);
  }
}
