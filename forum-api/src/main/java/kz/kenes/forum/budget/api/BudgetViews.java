package kz.kenes.forum.budget.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.budget.Ballot;
import kz.kenes.forum.budget.BudgetDetails;
import kz.kenes.forum.budget.BudgetOutcome;
import kz.kenes.forum.budget.BudgetProject;
import kz.kenes.forum.budget.BudgetResults;
import kz.kenes.forum.budget.ProjectUpdate;

/** The budget API's view records: what goes on the wire, never entities. */
public final class BudgetViews {
  private BudgetViews() {}

  /** A created or moved budget. */
  public record Created(long id, String status) {}

  public record Village(String name, int population) {}

  public record Step(String from, String to, String actor, Instant at) {}

  public record Project(
      long id,
      long threadId,
      String title,
      String description,
      String village,
      long estimatedCost,
      String review,
      Long cost,
      String reason,
      String workStatus,
      int progress,
      long spent) {
    static Project of(BudgetProject p) {
      return new Project(
          p.id(),
          p.threadId(),
          p.title(),
          p.description(),
          p.village(),
          p.estimatedCost(),
          p.review().name(),
          p.cost().isPresent() ? p.cost().getAsLong() : null,
          p.rejectReason().orElse(null),
          p.workStatus().name(),
          p.progress(),
          p.spent());
    }
  }

  public record Budget(
      long id,
      String body,
      int year,
      long amount,
      String rule,
      Integer maxProjects,
      Integer minShare,
      String status,
      long version,
      String proposalsUntil,
      String votingUntil,
      List<Village> villages,
      List<Project> projects,
      List<Step> history) {
    static Budget of(BudgetDetails d) {
      var b = d.budget();
      return new Budget(
          b.id(),
          b.body().slug(),
          b.year(),
          b.amount(),
          b.rule().name(),
          b.maxProjects().isPresent() ? b.maxProjects().getAsInt() : null,
          b.minShare().isPresent() ? b.minShare().getAsInt() : null,
          b.status().name(),
          b.version(),
          b.proposalsUntil().map(Object::toString).orElse(null),
          b.votingUntil().map(Object::toString).orElse(null),
          b.villages().stream().map(v -> new Village(v.name(), v.population())).toList(),
          d.projects().stream().map(Project::of).toList(),
          d.history().stream()
              .map(
                  t ->
                      new Step(
                          t.from() == null ? null : t.from().name(),
                          t.to().name(),
                          t.actor(),
                          t.at()))
              .toList());
    }
  }

  /** The voter's own ballot: exactly what was chosen. */
  public record MyBallot(
      long budgetId,
      String channel,
      String village,
      List<Long> projectIds,
      long total,
      Instant castAt,
      Instant changedAt) {
    static MyBallot of(Ballot b, Map<Long, Long> costs) {
      List<Long> ids = b.choices().stream().sorted().toList();
      long total = ids.stream().mapToLong(id -> costs.getOrDefault(id, 0L)).sum();
      return new MyBallot(
          b.budget().id(), b.channel().name(), b.village(), ids, total, b.castAt(), b.changedAt());
    }
  }

  /** A paper ballot as the operator sees it once entered: never the full phone. */
  public record PaperBallot(long budgetId, String phone, String village, List<Long> projectIds) {}

  /** Who voted: never what. */
  public record Voter(String channel, String voter, String phone, String village, Instant castAt) {}

  public record ResultLine(
      long id, String title, long cost, int votes, int rank, boolean funded, boolean equalShares) {}

  public record Channels(long online, long paper) {}

  public record Turnout(String village, int population, long ballots, Double share) {}

  public record Results(
      long budgetId,
      long amount,
      String rule,
      List<ResultLine> projects,
      Channels ballots,
      long spent,
      long spentByEqualShares,
      List<Long> fundedByEqualShares,
      List<Turnout> turnout) {
    static Results of(BudgetOutcome o) {
      Map<Long, String> titles = new java.util.HashMap<>();
      for (BudgetProject p : o.projects()) {
        titles.put(p.id(), p.title());
      }
      BudgetResults.Count c = o.count();
      return new Results(
          o.budget().id(),
          o.budget().amount(),
          o.budget().rule().name(),
          c.lines().stream()
              .map(
                  l ->
                      new ResultLine(
                          l.id(),
                          titles.get(l.id()),
                          l.cost(),
                          l.votes(),
                          l.rank(),
                          l.funded(),
                          l.fundedByEqualShares()))
              .toList(),
          new Channels(o.online(), o.paper()),
          c.spentByVotes(),
          c.spentByEqualShares(),
          c.fundedByEqualShares(),
          o.turnout().stream()
              .map(t -> new Turnout(t.village(), t.population(), t.ballots(), t.share()))
              .toList());
    }
  }

  public record Update(
      long id, String author, String text, String status, int progress, long spent, Instant at) {
    static Update of(ProjectUpdate u) {
      return new Update(
          u.id(), u.author(), u.text(), u.workStatus().name(), u.progress(), u.spent(), u.at());
    }
  }
}
