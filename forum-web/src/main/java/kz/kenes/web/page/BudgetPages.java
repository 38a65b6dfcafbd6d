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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.forum.budget.Ballot;
import kz.kenes.forum.budget.BallotChannel;
import kz.kenes.forum.budget.BudgetDetails;
import kz.kenes.forum.budget.BudgetOutcome;
import kz.kenes.forum.budget.BudgetProject;
import kz.kenes.forum.budget.BudgetService;
import kz.kenes.forum.budget.BudgetStatus;
import kz.kenes.forum.budget.ProjectUpdate;
import kz.kenes.forum.budget.WorkStatus;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;

/**
 * The participatory budget's pages, without JavaScript: {@code /budgets/{id}} (phase, projects, the
 * proposal form, the ballot form, and from RESULTS on the results with an SVG chart and the same
 * figures in a table), the ballot's confirmation page, and the officials' review and phase forms
 * and the paper ballot form for operators and officials on the same page. Every form posts to a use
 * case of {@link BudgetService}; field errors come back beside the fields.
 */
@Path("budgets/{id}")
@Produces("text/html")
public class BudgetPages {
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject BudgetService budgets;
  @Inject StaffScopes staff;

  /** How many of the latest ballots the officials' "who voted" section lists. */
  static final int LATEST_VOTERS = 50;

  /** One bar of the results chart, laid out here so that the template only draws. */
  public record Bar(String title, int votes, int y, int width, boolean funded) {}

  /** What the forms had typed and which form failed, to show them again. */
  record Form(String name, Map<String, String> input, Map<String, String> errors) {
    static final Form NONE = new Form("", Map.of(), Map.of());
  }

  @GET
  public Response show(@PathParam("id") long id) {
    return page(Response.Status.OK, id, Form.NONE, null);
  }

  @POST
  @Path("projects")
  public Response propose(
      @PathParam("id") long id,
      @FormParam("title") String title,
      @FormParam("description") String description,
      @FormParam("village") String village,
      @FormParam("cost") String cost) {
    Actor actor = caller.require();
    Map<String, String> input =
        input("title", title, "description", description, "village", village, "cost", cost);
    try {
      BudgetProject project =
          budgets.propose(actor, id, title, description, village, number("cost", cost));
      return Response.seeOther(URI.create("/budgets/" + id + "#project-" + project.id())).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(
          Response.Status.BAD_REQUEST,
          id,
          new Form("propose", input, Pages.byField(invalid.errors())),
          null);
    }
  }

  @POST
  @Path("ballot")
  public Response vote(
      @PathParam("id") long id,
      @FormParam("projectIds") List<String> projectIds,
      @FormParam("village") String village) {
    Actor actor = caller.require();
    try {
      budgets.vote(actor, id, ids(projectIds), village);
      return Response.seeOther(URI.create("/budgets/" + id + "/ballot")).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(
          Response.Status.BAD_REQUEST,
          id,
          new Form("ballot", input("village", village), Pages.byField(invalid.errors())),
          null);
    }
  }

  /** The confirmation: exactly what the member's ballot chose, and that it is secret. */
  @GET
  @Path("ballot")
  public Response confirmation(@PathParam("id") long id) {
    Optional<Actor> actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Ballot ballot =
        budgets
            .ballot(actor.get(), id)
            .orElseThrow(() -> new DomainException.NotFound("error.budget.no-ballot"));
    BudgetDetails details = budgets.details(id);
    List<BudgetProject> chosen =
        details.projects().stream().filter(p -> ballot.choices().contains(p.id())).toList();
    long total = chosen.stream().mapToLong(p -> p.cost().orElse(0)).sum();
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("budget", details.budget());
    params.put("ballot", ballot);
    params.put("chosen", chosen);
    params.put("total", total);
    return pages.page(Response.Status.OK, "budget-ballot.jte", params);
  }

  @POST
  @Path("paper-ballots")
  public Response paper(
      @PathParam("id") long id,
      @FormParam("phone") String phone,
      @FormParam("projectIds") List<String> projectIds,
      @FormParam("village") String village) {
    Actor actor = caller.require();
    try {
      Ballot ballot = budgets.paperBallot(actor, id, phone, ids(projectIds), village);
      return page(
          Response.Status.CREATED,
          id,
          Form.NONE,
          pages
              .context()
              .t("budget.paper.entered", kz.kenes.sms.PhoneNumbers.mask(ballot.phone())));
    } catch (DomainException.InvalidInput invalid) {
      return page(
          Response.Status.BAD_REQUEST,
          id,
          new Form(
              "paper", input("phone", phone, "village", village), Pages.byField(invalid.errors())),
          null);
    }
  }

  @POST
  @Path("projects/{pid}/review")
  public Response review(
      @PathParam("id") long id,
      @PathParam("pid") long pid,
      @FormParam("decision") String decision,
      @FormParam("cost") String cost,
      @FormParam("reason") String reason) {
    Actor actor = caller.require();
    try {
      budgets.review(actor, id, pid, decision, number("cost", cost), reason);
      return Response.seeOther(URI.create("/budgets/" + id + "#project-" + pid)).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(
          Response.Status.BAD_REQUEST,
          id,
          new Form(
              "review-" + pid,
              input("decision", decision, "cost", cost, "reason", reason),
              Pages.byField(invalid.errors())),
          null);
    }
  }

  /** An official reports on a funded project during implementation. */
  @POST
  @Path("projects/{pid}/updates")
  public Response report(
      @PathParam("id") long id,
      @PathParam("pid") long pid,
      @FormParam("text") String text,
      @FormParam("status") String status,
      @FormParam("progress") String progress,
      @FormParam("spent") String spent) {
    Actor actor = caller.require();
    Map<String, String> typed =
        input("text", text, "status", status, "progress", progress, "spent", spent);
    try {
      Long percent = number("progress", progress);
      budgets.report(
          actor,
          id,
          pid,
          text,
          status,
          percent == null ? null : (int) Math.max(-1, Math.min(101, percent)),
          number("spent", spent));
      return Response.seeOther(URI.create("/budgets/" + id + "#project-" + pid)).build();
    } catch (DomainException.InvalidInput invalid) {
      return page(
          Response.Status.BAD_REQUEST,
          id,
          new Form("update-" + pid, typed, Pages.byField(invalid.errors())),
          null);
    }
  }

  @POST
  @Path("transitions")
  public Response transition(
      @PathParam("id") long id, @FormParam("to") String to, @FormParam("version") String version) {
    Actor actor = caller.require();
    Long expected = version == null || version.isBlank() ? null : number("version", version);
    budgets.transition(actor, id, to, expected);
    return Response.seeOther(URI.create("/budgets/" + id)).build();
  }

  private Response page(Response.Status status, long id, Form form, String notice) {
    BudgetDetails details = budgets.details(id);
    Optional<Actor> actor = caller.get();
    var budget = details.budget();
    boolean official = actor.map(a -> budgets.mayRun(a, budget.body())).orElse(false);
    boolean paperClerk =
        official
            || actor.map(a -> staff.serves(a, budget.body(), StaffRole.OPERATOR)).orElse(false);
    Optional<Ballot> mine = actor.flatMap(a -> budgets.ballot(a, id));
    BudgetOutcome outcome = budget.status().resultsPublic() ? budgets.results(id) : null;
    Map<Long, String> titles = new HashMap<>();
    details.projects().forEach(p -> titles.put(p.id(), p.title()));
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("details", details);
    params.put("budget", budget);
    params.put("official", official);
    params.put("paperClerk", paperClerk);
    boolean onPaper = mine.filter(b -> b.channel() == BallotChannel.PAPER).isPresent();
    params.put("hasPhone", actor.flatMap(Actor::phone).isPresent() && !onPaper);
    params.put("onPaper", onPaper);
    params.put("mine", mine.map(Ballot::choices).orElse(java.util.Set.of()));
    params.put("voted", mine.isPresent());
    params.put("outcome", outcome);
    params.put(
        "updates",
        budget.status().compareTo(BudgetStatus.IMPLEMENTATION) >= 0
            ? budgets.updates(id)
            : Map.<Long, List<ProjectUpdate>>of());
    params.put("funded", outcome == null ? List.<Long>of() : outcome.count().funded());
    params.put("workStatuses", List.of(WorkStatus.values()));
    params.put("voters", actor.flatMap(a -> budgets.turnout(a, id, LATEST_VOTERS)).orElse(null));
    params.put("titles", titles);
    params.put("bars", outcome == null ? List.of() : bars(outcome, titles));
    params.put("form", form.name());
    params.put("input", form.input());
    params.put("errors", form.errors());
    params.put("notice", notice == null ? "" : notice);
    params.put("next", budget.status().next().stream().findFirst().orElse(null));
    params.put("phases", List.of(BudgetStatus.values()));
    return pages.page(status, "budget.jte", params);
  }

  /** The chart's bars: one per project in rank order, the longest 400 units wide. */
  static List<Bar> bars(BudgetOutcome outcome, Map<Long, String> titles) {
    int max = outcome.count().lines().stream().mapToInt(l -> l.votes()).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (var line : outcome.count().lines()) {
      int width = max == 0 ? 0 : (int) Math.round(400.0 * line.votes() / max);
      bars.add(new Bar(titles.get(line.id()), line.votes(), y, width, line.funded()));
      y += 28;
    }
    return bars;
  }

  static Map<String, String> input(String... pairs) {
    Map<String, String> input = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      input.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
    }
    return input;
  }

  /** A whole number typed in a form field; text is a 400 naming the field. */
  static Long number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip().replace(" ", ""));
    } catch (NumberFormatException e) {
      throw new DomainException.InvalidInput(List.of(new FieldError(field, "validation.range")));
    }
  }

  private static List<Long> ids(List<String> values) {
    List<Long> ids = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        Long id = number("projectIds", v);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }
}
