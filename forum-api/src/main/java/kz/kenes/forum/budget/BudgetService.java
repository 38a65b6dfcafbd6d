package kz.kenes.forum.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadService;

/**
 * The participatory budget's use cases, one transaction each. Officials of the budget's body or of
 * a body above it open a budget, move its phases, review projects and report on their works;
 * residents propose projects and vote; operators and officials enter paper ballots. Every staff
 * action is audited in the same transaction.
 */
@ApplicationScoped
public class BudgetService {
  public static final int MAX_VILLAGES = 50;
  public static final int VILLAGE_MAX = 100;
  public static final long AMOUNT_MAX = 1_000_000_000_000L;

  @Inject BudgetRepository budgets;
  @Inject BodyRepository bodies;
  @Inject StaffScopes staff;
  @Inject ThreadService threads;
  @Inject AuditLog audit;
  @Inject BallotNotices notices;
  @Inject FrozenCounts counts;
  @Inject Clock clock;

  /** An official of the rural district (or a body above it) opens its budget for a year. */
  @Transactional
  public Budget create(Actor actor, String bodySlug, NewBudget input) {
    Body body = bodies.requireBySlug(bodySlug);
    requireOfficial(actor, body);
    Validation check = new Validation();
    Integer year = input.year();
    if (year == null) {
      check.reject("year", "validation.required");
    } else if (year < 2000 || year > 2100) {
      check.reject("year", "validation.range");
    }
    if (input.amount() == null) {
      check.reject("amount", "validation.required");
    } else if (input.amount() <= 0 || input.amount() > AMOUNT_MAX) {
      check.reject("amount", "validation.range");
    }
    BudgetRule rule = check.requireEnum("rule", input.rule(), BudgetRule.class);
    if (input.maxProjects() != null && (input.maxProjects() < 1 || input.maxProjects() > 1000)) {
      check.reject("maxProjects", "validation.range");
    }
    if (rule == BudgetRule.APPROVAL && input.maxProjects() == null) {
      check.reject("maxProjects", "validation.required");
    }
    if (input.minShare() != null && (input.minShare() < 0 || input.minShare() > 100)) {
      check.reject("minShare", "validation.range");
    }
    List<Village> villages = villages(check, input);
    LocalDate proposalsUntil = date(check, "proposalsUntil", input.proposalsUntil());
    LocalDate votingUntil = date(check, "votingUntil", input.votingUntil());
    check.throwIfInvalid();
    if (body.level() != BodyLevel.RURAL_DISTRICT) {
      throw new DomainException.Conflict("error.budget.rural-district-only");
    }
    if (budgets.exists(body, year)) {
      throw new DomainException.Conflict("error.budget.year-taken", year);
    }
    Instant now = clock.instant();
    Budget budget =
        new Budget(
            body,
            year,
            input.amount(),
            rule,
            input.maxProjects(),
            input.minShare(),
            villages,
            proposalsUntil,
            votingUntil,
            now);
    budgets.add(budget, budget.created(actor.username(), now));
    budgets.flush();
    audit.record(actor, "budget.create", "budget", budget.id(), "year=" + year);
    return budget;
  }

  private static List<Village> villages(Validation check, NewBudget input) {
    List<Village> villages = new ArrayList<>();
    List<String> names = input.villages() == null ? List.of() : input.villages();
    Map<String, Integer> populations = input.populations() == null ? Map.of() : input.populations();
    if (names.isEmpty()) {
      check.reject("villages", "validation.required");
      return villages;
    }
    if (names.size() > MAX_VILLAGES) {
      check.reject("villages", "validation.too-long");
      return villages;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : names) {
      String name = kz.kenes.forum.platform.Text.line(raw == null ? "" : raw).strip();
      if (name.isEmpty() || name.length() > VILLAGE_MAX || !seen.add(name)) {
        check.reject("villages", "validation.budget.village-names");
        return villages;
      }
      Integer population = populations.get(raw);
      if (population != null && population < 0) {
        check.reject("populations", "validation.range");
        return villages;
      }
      villages.add(new Village(name, population == null ? 0 : population));
    }
    return villages;
  }

  private static LocalDate date(Validation check, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      check.reject(field, "validation.budget.date");
      return null;
    }
  }

  /** Moves the budget to its next phase. Voting opens only when every project is reviewed. */
  @Transactional
  public Budget transition(Actor actor, long budgetId, String to, Long expectedVersion) {
    Budget budget = budgets.require(budgetId);
    requireOfficial(actor, budget.body());
    Validation check = new Validation();
    BudgetStatus target = check.requireEnum("to", to, BudgetStatus.class);
    check.throwIfInvalid();
    if (expectedVersion != null && expectedVersion != budget.version()) {
      throw new jakarta.persistence.OptimisticLockException();
    }
    if (target == BudgetStatus.VOTING && budget.status() == BudgetStatus.REVIEW) {
      List<BudgetProject> projects = budgets.projects(budget);
      if (projects.stream().anyMatch(p -> p.review() == ProjectReview.PROPOSED)) {
        throw new DomainException.Conflict("error.budget.unreviewed");
      }
      if (projects.stream().noneMatch(BudgetProject::feasible)) {
        throw new DomainException.Conflict("error.budget.nothing-feasible");
      }
    }
    String from = budget.status().name();
    budgets.add(budget.transitionTo(target, actor.username(), clock.instant()));
    budgets.flush();
    audit.record(actor, "budget.transition", "budget", budget.id(), from + "->" + target.name());
    return budget;
  }

  /** A resident proposes a project while proposals are open; its discussion opens as a thread. */
  @Transactional
  public BudgetProject propose(
      Actor actor, long budgetId, String title, String description, String village, Long cost) {
    actor.require(Role.RESIDENT);
    Budget budget = budgets.require(budgetId);
    Validation check = new Validation();
    String cleanTitle =
        check.requireLine("title", title, BudgetProject.TITLE_MIN, BudgetProject.TITLE_MAX);
    String cleanText =
        check.requireText(
            "description",
            description,
            BudgetProject.DESCRIPTION_MIN,
            BudgetProject.DESCRIPTION_MAX);
    String place = village(check, budget, village);
    if (cost == null) {
      check.reject("cost", "validation.required");
    } else if (cost <= 0 || cost > budget.amount()) {
      check.reject("cost", "validation.budget.cost-range");
    }
    check.throwIfInvalid();
    budget.requirePhase(BudgetStatus.PROPOSALS, "error.budget.not-proposals");
    var thread =
        threads
            .open(
                actor, budget.body().slug(), new NewThread("PROPOSAL", cleanTitle, cleanText, null))
            .thread();
    BudgetProject project =
        new BudgetProject(
            budget,
            thread.id(),
            actor.username(),
            cleanTitle,
            cleanText,
            place,
            cost,
            clock.instant());
    budgets.add(project);
    budgets.flush();
    return project;
  }

  /** An official marks a project feasible (with the akimat's cost) or rejected (with a reason). */
  @Transactional
  public BudgetProject review(
      Actor actor, long budgetId, long projectId, String decision, Long cost, String reason) {
    Budget budget = budgets.require(budgetId);
    requireOfficial(actor, budget.body());
    BudgetProject project = requireProject(budget, projectId);
    Validation check = new Validation();
    ProjectReview verdict = check.requireEnum("decision", decision, ProjectReview.class);
    String why = null;
    if (verdict == ProjectReview.PROPOSED) {
      check.reject("decision", "validation.unknown-value");
    } else if (verdict == ProjectReview.FEASIBLE) {
      if (cost == null) {
        check.reject("cost", "validation.required");
      } else if (cost <= 0 || cost > budget.amount()) {
        check.reject("cost", "validation.budget.cost-range");
      }
    } else if (verdict == ProjectReview.REJECTED) {
      why = check.requireText("reason", reason, 5, BudgetProject.REASON_MAX);
    }
    check.throwIfInvalid();
    budget.requirePhase(BudgetStatus.REVIEW, "error.budget.not-review");
    if (verdict == ProjectReview.FEASIBLE) {
      project.markFeasible(cost);
    } else {
      project.reject(why);
    }
    budgets.flush();
    audit.record(
        actor,
        "budget.review",
        "budget-project",
        project.id(),
        verdict == ProjectReview.FEASIBLE ? "FEASIBLE cost=" + cost : "REJECTED");
    return project;
  }

  /**
   * A member casts or changes their ballot online with their verified phone, declaring their
   * village. One ballot per member and per phone in the budget: a phone already used on paper (or
   * by another account) is a 409 naming the conflict.
   */
  @Transactional
  public Ballot vote(Actor actor, long budgetId, List<Long> projectIds, String village) {
    actor.require(Role.RESIDENT);
    String phone =
        actor
            .phone()
            .orElseThrow(() -> new DomainException.Forbidden("error.budget.phone-required"));
    Budget budget = budgets.requireForBallot(budgetId);
    // outside voting nothing else matters: 409 before any field is checked
    budget.requirePhase(BudgetStatus.VOTING, "error.budget.not-voting");
    Validation check = new Validation();
    Set<Long> chosen = choices(check, budget, projectIds);
    String place = village(check, budget, village);
    check.throwIfInvalid();
    Instant now = clock.instant();
    Optional<Ballot> byPhone = budgets.ballotByPhone(budget, phone);
    if (byPhone.isPresent() && byPhone.get().channel() == BallotChannel.PAPER) {
      throw new DomainException.Conflict("error.budget.phone-voted-on-paper");
    }
    if (byPhone.isPresent() && !byPhone.get().voter().orElse("").equals(actor.username())) {
      throw new DomainException.Conflict("error.budget.phone-voted-online");
    }
    Optional<Ballot> mine = budgets.ballotOf(budget, actor.username());
    Ballot ballot;
    if (mine.isPresent()) {
      ballot = mine.get();
      ballot.change(phone, place, chosen, now);
    } else {
      ballot = Ballot.online(budget, actor.username(), phone, place, chosen, now);
      budgets.add(ballot);
    }
    budgets.flush();
    notices.online(actor, ballot, projects(budget, chosen));
    return ballot;
  }

  /**
   * An operator or official of the body enters a paper ballot for the voter's phone. The phone may
   * have voted only once, on paper or online.
   */
  @Transactional
  public Ballot paperBallot(
      Actor actor, long budgetId, String phone, List<Long> projectIds, String village) {
    Budget budget = budgets.requireForBallot(budgetId);
    if (!mayRun(actor, budget.body()) && !staff.serves(actor, budget.body(), StaffRole.OPERATOR)) {
      throw new DomainException.Forbidden("error.budget.paper-staff-only");
    }
    budget.requirePhase(BudgetStatus.VOTING, "error.budget.not-voting");
    Validation check = new Validation();
    String number = null;
    if (phone == null || phone.isBlank()) {
      check.reject("phone", "validation.required");
    } else {
      number = kz.kenes.sms.PhoneNumbers.kazakhMobile(phone).orElse(null);
      if (number == null) {
        check.reject("phone", "validation.kazakh-mobile");
      }
    }
    Set<Long> chosen = choices(check, budget, projectIds);
    String place = village(check, budget, village);
    check.throwIfInvalid();
    Optional<Ballot> earlier = budgets.ballotByPhone(budget, number);
    if (earlier.isPresent()) {
      throw new DomainException.Conflict(
          earlier.get().channel() == BallotChannel.PAPER
              ? "error.budget.phone-voted-on-paper"
              : "error.budget.phone-voted-online");
    }
    Ballot ballot = Ballot.paper(budget, number, place, chosen, actor.username(), clock.instant());
    budgets.add(ballot);
    budgets.flush();
    notices.paper(ballot, projects(budget, chosen));
    audit.record(
        actor,
        "budget.paper-ballot",
        "budget",
        budget.id(),
        "phone=" + kz.kenes.sms.PhoneNumbers.mask(number));
    return ballot;
  }

  /**
   * The actor's own ballot in the budget, if any: the one they cast online, or else the paper
   * ballot entered for their verified phone.
   */
  @Transactional
  public Optional<Ballot> ballot(Actor actor, long budgetId) {
    Budget budget = budgets.require(budgetId);
    Optional<Ballot> ballot =
        budgets
            .ballotOf(budget, actor.username())
            .or(
                () ->
                    actor
                        .phone()
                        .flatMap(phone -> budgets.ballotByPhone(budget, phone))
                        .filter(b -> b.channel() == BallotChannel.PAPER));
    ballot.ifPresent(b -> b.choices().size());
    return ballot;
  }

  /** The projects of {@code chosen}, in the order the budget's page lists them. */
  private List<BudgetProject> projects(Budget budget, Set<Long> chosen) {
    return budgets.projects(budget).stream().filter(p -> chosen.contains(p.id())).toList();
  }

  /** Who voted lately, for a page: the ballots per channel and the latest {@code max} ballots. */
  public record Turnout(long online, long paper, List<Ballot> latest) {}

  /** Who voted, for officials of the body (none for anyone else): counts and the latest ballots. */
  @Transactional
  public Optional<Turnout> turnout(Actor actor, long budgetId, int max) {
    Budget budget = budgets.require(budgetId);
    if (!mayRun(actor, budget.body()) || budget.status().compareTo(BudgetStatus.VOTING) < 0) {
      return Optional.empty();
    }
    Map<String, Long> channels = budgets.countBy(budget, "channel");
    return Optional.of(
        new Turnout(
            channels.getOrDefault("ONLINE", 0L),
            channels.getOrDefault("PAPER", 0L),
            budgets.latestBallots(budget, max)));
  }

  /** Who voted, for officials of the body: channel, village, when, never what. */
  @Transactional
  public List<Ballot> voters(Actor actor, long budgetId) {
    Budget budget = budgets.require(budgetId);
    requireOfficial(actor, budget.body());
    return budgets.ballots(budget);
  }

  /** The count, public from {@code RESULTS} on; a 409 before. */
  @Transactional
  public BudgetOutcome results(long budgetId) {
    Budget budget = budgets.require(budgetId);
    if (!budget.status().resultsPublic()) {
      throw new DomainException.Conflict("error.budget.results-not-yet", budget.status().name());
    }
    return outcome(budget);
  }

  BudgetOutcome outcome(Budget budget) {
    List<BudgetProject> projects = budgets.projects(budget);
    FrozenCounts.Kept counted =
        counts.of(
            budget,
            () -> {
              List<BudgetResults.Candidate> candidates =
                  projects.stream()
                      .filter(BudgetProject::feasible)
                      .map(p -> new BudgetResults.Candidate(p.id(), p.cost().getAsLong()))
                      .toList();
              return new FrozenCounts.Kept(
                  BudgetResults.count(budget.amount(), candidates, budgets.choices(budget)),
                  budgets.countBy(budget, "channel"),
                  budgets.countBy(budget, "village"));
            });
    return new BudgetOutcome(
        budget,
        projects,
        counted.count(),
        counted.channels().getOrDefault("ONLINE", 0L),
        counted.channels().getOrDefault("PAPER", 0L),
        counted.villages());
  }

  /** A budget with its projects and history, for anyone. */
  @Transactional
  public BudgetDetails details(long budgetId) {
    Budget budget = budgets.require(budgetId);
    budget.body().name(); // pages and views read the body after the transaction
    return new BudgetDetails(budget, budgets.projects(budget), budgets.history(budget));
  }

  /** A body's budgets, newest year first, for anyone; 404 for an unknown body. */
  @Transactional
  public List<Budget> of(String bodySlug) {
    Body body = bodies.requireBySlug(bodySlug);
    body.name(); // pages read the body after the transaction
    return budgets.of(body);
  }

  /** Whether the actor may open and run budgets of the body: its officials (or above), admins. */
  @Transactional
  public boolean mayRun(Actor actor, Body body) {
    return actor.has(Role.ADMIN) || staff.serves(actor, body, StaffRole.OFFICIAL);
  }

  /** Every project's implementation updates, oldest first, by project id. */
  @Transactional
  public Map<Long, List<ProjectUpdate>> updates(long budgetId) {
    Map<Long, List<ProjectUpdate>> byProject = new java.util.HashMap<>();
    for (ProjectUpdate update : budgets.updates(budgets.require(budgetId))) {
      byProject.computeIfAbsent(update.project().id(), k -> new ArrayList<>()).add(update);
    }
    return byProject;
  }

  /** A project and its implementation updates. */
  @Transactional
  public List<ProjectUpdate> updates(long budgetId, long projectId) {
    return budgets.updates(requireProject(budgets.require(budgetId), projectId));
  }

  /**
   * The body's current budget: the newest that is not closed, else the newest. (Reads run in a
   * transaction of their own too: lazy associations are initialized before the entities leave.)
   */
  @Transactional
  public Optional<Budget> current(Body body) {
    List<Budget> all = budgets.of(body);
    return all.stream()
        .filter(b -> b.status() != BudgetStatus.CLOSED)
        .findFirst()
        .or(() -> all.stream().findFirst());
  }

  /**
   * An official reports on a funded project during implementation: status, progress %, money spent
   * so far and what was done. The report is also posted in the project's thread, so that its
   * followers hear of it through the forum's notifications.
   */
  @Transactional
  public ProjectUpdate report(
      Actor actor,
      long budgetId,
      long projectId,
      String text,
      String status,
      Integer progress,
      Long spent) {
    Budget budget = budgets.require(budgetId);
    requireOfficial(actor, budget.body());
    BudgetProject project = requireProject(budget, projectId);
    Validation check = new Validation();
    String clean = check.requireText("text", text, 5, ProjectUpdate.TEXT_MAX);
    WorkStatus work = check.requireEnum("status", status, WorkStatus.class);
    if (progress == null) {
      check.reject("progress", "validation.required");
    } else if (progress < 0 || progress > 100) {
      check.reject("progress", "validation.range");
    }
    if (spent == null) {
      check.reject("spent", "validation.required");
    } else if (spent < 0 || spent > AMOUNT_MAX) {
      check.reject("spent", "validation.range");
    }
    check.throwIfInvalid();
    budget.requirePhase(BudgetStatus.IMPLEMENTATION, "error.budget.not-implementation");
    if (!outcome(budget).count().funded().contains(project.id())) {
      throw new DomainException.Conflict("error.budget.not-funded");
    }
    ProjectUpdate update =
        project.report(actor.username(), clean, work, progress, spent, clock.instant());
    budgets.add(update);
    threads.reply(actor, project.threadId(), clean, null);
    budgets.flush();
    audit.record(
        actor,
        "budget.update",
        "budget-project",
        project.id(),
        work.name() + " " + progress + "% spent=" + spent);
    return update;
  }

  private BudgetProject requireProject(Budget budget, long projectId) {
    return budgets
        .project(budget, projectId)
        .orElseThrow(() -> new DomainException.NotFound("error.budget.project-not-found"));
  }

  private void requireOfficial(Actor actor, Body body) {
    if (!mayRun(actor, body)) {
      throw new DomainException.Forbidden("error.budget.officials-only");
    }
  }

  /** The declared village: required unless the budget covers one village only. */
  private static String village(Validation check, Budget budget, String village) {
    if (village == null || village.isBlank()) {
      if (budget.villages().size() == 1) {
        return budget.villages().get(0).name();
      }
      check.reject("village", "validation.required");
      return null;
    }
    Optional<Village> known = budget.village(village.strip());
    if (known.isEmpty()) {
      check.reject("village", "validation.budget.unknown-village");
      return null;
    }
    return known.get().name();
  }

  /** The chosen feasible projects, checked against the budget's rule. */
  private Set<Long> choices(Validation check, Budget budget, List<Long> projectIds) {
    if (projectIds == null || projectIds.isEmpty()) {
      check.reject("projectIds", BallotRules.EMPTY);
      return Set.of();
    }
    Set<Long> chosen = new LinkedHashSet<>();
    List<Long> costs = new ArrayList<>();
    Map<Long, BudgetProject> feasible = new java.util.HashMap<>();
    for (BudgetProject p : budgets.projects(budget)) {
      if (p.feasible()) {
        feasible.put(p.id(), p);
      }
    }
    for (Long id : projectIds) {
      BudgetProject p = id == null ? null : feasible.get(id);
      if (p == null || !chosen.add(id)) {
        check.reject("projectIds", "validation.budget.unknown-project");
        return Set.of();
      }
      costs.add(p.cost().getAsLong());
    }
    for (String broken : budget.rules().broken(costs)) {
      check.reject("projectIds", broken);
    }
    return chosen;
  }
}
