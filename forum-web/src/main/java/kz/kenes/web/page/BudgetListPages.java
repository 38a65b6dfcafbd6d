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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.budget.Budget;
import kz.kenes.forum.budget.BudgetService;
import kz.kenes.forum.budget.NewBudget;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;

/**
 * A body's participatory budgets, every year's (public), and the officials' form that opens one:
 * year, amount, rule, the optional limits and phase dates, and the villages one per line as {@code
 * Name: population}. Without JavaScript; the form posts to {@link BudgetService#create}, whose
 * field errors come back beside the fields.
 */
@Path("bodies/{slug}/budgets")
@Produces("text/html")
public class BudgetListPages {
  @Inject Pages pages;
  @Inject CurrentActor caller;
  @Inject BudgetService budgets;
  @Inject StaffService staff;

  @GET
  public Response list(@PathParam("slug") String slug) {
    List<Budget> all = budgets.of(slug);
    Body body = staff.profile(slug).body();
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", body);
    params.put("budgets", all);
    params.put("official", caller.get().map(a -> budgets.mayRun(a, body)).orElse(false));
    return pages.ok("budgets.jte", params);
  }

  @GET
  @Path("new")
  public Response form(@PathParam("slug") String slug) {
    if (caller.get().isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    Body body = staff.profile(slug).body();
    if (!budgets.mayRun(caller.get().get(), body)) {
      throw new DomainException.Forbidden("error.budget.officials-only");
    }
    return form(Response.Status.OK, body, Map.of(), Map.of());
  }

  @POST
  @Path("new")
  public Response open(
      @PathParam("slug") String slug,
      @FormParam("year") String year,
      @FormParam("amount") String amount,
      @FormParam("rule") String rule,
      @FormParam("maxProjects") String maxProjects,
      @FormParam("minShare") String minShare,
      @FormParam("villages") String villages,
      @FormParam("proposalsUntil") String proposalsUntil,
      @FormParam("votingUntil") String votingUntil) {
    var actor = caller.require();
    Map<String, String> typed =
        BudgetPages.input(
            "year",
            year,
            "amount",
            amount,
            "rule",
            rule,
            "maxProjects",
            maxProjects,
            "minShare",
            minShare,
            "villages",
            villages,
            "proposalsUntil",
            proposalsUntil,
            "votingUntil",
            votingUntil);
    try {
      Map<String, Integer> populations = new LinkedHashMap<>();
      List<String> names = villages(villages, populations);
      Budget budget =
          budgets.create(
              actor,
              slug,
              new NewBudget(
                  whole("year", year),
                  BudgetPages.number("amount", amount),
                  rule,
                  whole("maxProjects", maxProjects),
                  whole("minShare", minShare),
                  names,
                  populations,
                  proposalsUntil,
                  votingUntil));
      return Response.seeOther(URI.create("/budgets/" + budget.id())).build();
    } catch (DomainException.InvalidInput invalid) {
      Map<String, String> errors = new HashMap<>();
      for (FieldError e : invalid.errors()) {
        // the populations are typed in the villages' lines
        errors.putIfAbsent(
            e.field().equals("populations") ? "villages" : e.field(), e.messageKey());
      }
      return form(Response.Status.BAD_REQUEST, staff.profile(slug).body(), typed, errors);
    }
  }

  /**
   * The villages' lines ({@code Name} or {@code Name: population}) as names in order, their
   * populations put in {@code populations}; a population that is not a whole number is a 400.
   */
  static List<String> villages(String lines, Map<String, Integer> populations) {
    List<String> names = new ArrayList<>();
    if (lines == null) {
      return names;
    }
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.lastIndexOf(':');
      String name = (colon < 0 ? line : line.substring(0, colon)).strip();
      names.add(name);
      if (colon >= 0) {
        String people = line.substring(colon + 1).strip().replace(" ", "");
        if (!people.matches("[0-9]{1,9}")) {
          throw new DomainException.InvalidInput(
              List.of(new FieldError("villages", "validation.budget.village-population")));
        }
        populations.put(name, Integer.valueOf(people));
      }
    }
    return names;
  }

  /** A whole number typed in a field (empty: none); too large is out of range. */
  private static Integer whole(String field, String value) {
    Long number = BudgetPages.number(field, value);
    if (number == null) {
      return null;
    }
    if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
      throw new DomainException.InvalidInput(List.of(new FieldError(field, "validation.range")));
    }
    return number.intValue();
  }

  private Response form(
      Response.Status status, Body body, Map<String, String> input, Map<String, String> errors) {
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("body", body);
    params.put("input", input);
    params.put("errors", errors);
    return pages.page(status, "budget-new.jte", params);
  }
}
