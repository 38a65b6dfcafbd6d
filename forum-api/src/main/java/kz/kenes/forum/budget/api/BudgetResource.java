package kz.kenes.forum.budget.api;

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
import kz.kenes.forum.budget.BudgetOutcome;
import kz.kenes.forum.budget.BudgetProject;
import kz.kenes.forum.budget.BudgetService;
import kz.kenes.forum.budget.NewBudget;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;

/**
 * The participatory budget: officials open budgets and move their phases, residents propose
 * projects and vote, operators enter paper ballots. Reading a budget and (from RESULTS on) its
 * results is public.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {
  @Inject CurrentActor caller;
  @Inject BudgetService budgets;

  public record NewBudgetRequest(
      Integer year,
      Long amount,
      String rule,
      Integer maxProjects,
      Integer minShare,
      List<String> villages,
      Map<String, Integer> populations,
      String proposalsUntil,
      String votingUntil) {}

  public record TransitionRequest(String to, Long version) {}

  public record ProjectRequest(String title, String description, String village, Long cost) {}

  public record ReviewRequest(String decision, Long cost, String reason) {}

  public record BallotRequest(List<Long> projectIds, String village) {}

  public record PaperBallotRequest(String phone, List<Long> projectIds, String village) {}

  public record UpdateRequest(String text, String status, Integer progress, Long spent) {}

  public record CreatedId(long id) {}

  @POST
  @Path("bodies/{slug}/budgets")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("slug") String slug, NewBudgetRequest request, @Context UriInfo uri) {
    var actor = caller.require();
    if (request == null) {
      throw missing("year");
    }
    var budget =
        budgets.create(
            actor,
            slug,
            new NewBudget(
                request.year(),
                request.amount(),
                request.rule(),
                request.maxProjects(),
                request.minShare(),
                request.villages(),
                request.populations(),
                request.proposalsUntil(),
                request.votingUntil()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/budgets/{id}").build(budget.id()))
        .entity(new BudgetViews.Created(budget.id(), budget.status().name()))
        .build();
  }

  @GET
  @Path("budgets/{id}")
  public BudgetViews.Budget get(@PathParam("id") long id) {
    return BudgetViews.Budget.of(budgets.details(id));
  }

  @POST
  @Path("budgets/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public BudgetViews.Created transition(@PathParam("id") long id, TransitionRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("to");
    }
    var budget = budgets.transition(actor, id, request.to(), request.version());
    return new BudgetViews.Created(budget.id(), budget.status().name());
  }

  @POST
  @Path("budgets/{id}/projects")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(@PathParam("id") long id, ProjectRequest request, @Context UriInfo uri) {
    var actor = caller.require();
    if (request == null) {
      throw missing("title");
    }
    BudgetProject project =
        budgets.propose(
            actor, id, request.title(), request.description(), request.village(), request.cost());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/budgets/{id}/projects/{pid}")
                .build(id, project.id()))
        .entity(new CreatedId(project.id()))
        .build();
  }

  @GET
  @Path("budgets/{id}/projects/{pid}/updates")
  public List<BudgetViews.Update> updates(@PathParam("id") long id, @PathParam("pid") long pid) {
    return budgets.updates(id, pid).stream().map(BudgetViews.Update::of).toList();
  }

  @POST
  @Path("budgets/{id}/projects/{pid}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public BudgetViews.Project review(
      @PathParam("id") long id, @PathParam("pid") long pid, ReviewRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("decision");
    }
    return BudgetViews.Project.of(
        budgets.review(actor, id, pid, request.decision(), request.cost(), request.reason()));
  }

  @POST
  @Path("budgets/{id}/projects/{pid}/updates")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(
      @PathParam("id") long id, @PathParam("pid") long pid, UpdateRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("text");
    }
    var update =
        budgets.report(
            actor, id, pid, request.text(), request.status(), request.progress(), request.spent());
    return Response.status(Response.Status.CREATED).entity(BudgetViews.Update.of(update)).build();
  }

  @PUT
  @Path("budgets/{id}/ballot")
  @Consumes(MediaType.APPLICATION_JSON)
  public BudgetViews.MyBallot vote(@PathParam("id") long id, BallotRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("projectIds");
    }
    budgets.vote(actor, id, request.projectIds(), request.village());
    return mine(id);
  }

  @GET
  @Path("budgets/{id}/ballot")
  public BudgetViews.MyBallot mine(@PathParam("id") long id) {
    var actor = caller.require();
    var ballot =
        budgets
            .ballot(actor, id)
            .orElseThrow(() -> new DomainException.NotFound("error.budget.no-ballot"));
    return BudgetViews.MyBallot.of(ballot, costs(id));
  }

  private Map<Long, Long> costs(long id) {
    Map<Long, Long> costs = new HashMap<>();
    for (var p : budgets.details(id).projects()) {
      p.cost().ifPresent(c -> costs.put(p.id(), c));
    }
    return costs;
  }

  @POST
  @Path("budgets/{id}/paper-ballots")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response paper(@PathParam("id") long id, PaperBallotRequest request) {
    var actor = caller.require();
    if (request == null) {
      throw missing("phone");
    }
    var ballot =
        budgets.paperBallot(actor, id, request.phone(), request.projectIds(), request.village());
    return Response.status(Response.Status.CREATED)
        .entity(
            new BudgetViews.PaperBallot(
                id,
                kz.kenes.sms.PhoneNumbers.mask(ballot.phone()),
                ballot.village(),
                ballot.choices().stream().sorted().toList()))
        .build();
  }

  @GET
  @Path("budgets/{id}/voters")
  public List<BudgetViews.Voter> voters(@PathParam("id") long id) {
    var actor = caller.require();
    return budgets.voters(actor, id).stream()
        .map(
            b ->
                new BudgetViews.Voter(
                    b.channel().name(),
                    b.voter().orElse(null),
                    kz.kenes.sms.PhoneNumbers.mask(b.phone()),
                    b.village(),
                    b.castAt()))
        .toList();
  }

  @GET
  @Path("budgets/{id}/results")
  public BudgetViews.Results results(@PathParam("id") long id) {
    return BudgetViews.Results.of(budgets.results(id));
  }

  /** The results as CSV: one line per project, then the ballots per channel; no voter data. */
  @GET
  @Path("budgets/{id}/results.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("id") long id) {
    BudgetOutcome outcome = budgets.results(id);
    return Response.ok(BudgetCsv.of(outcome), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"budget-" + id + "-results.csv\"")
        .build();
  }

  private static DomainException missing(String field) {
    return new DomainException.InvalidInput(List.of(new FieldError(field, "validation.required")));
  }
}
