package kz.kenes.forum.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.platform.DomainException;

/** Budgets, their projects, ballots and history. */
@ApplicationScoped
public class BudgetRepository {
  @PersistenceContext EntityManager em;

  public Budget require(long id) {
    return Optional.ofNullable(em.find(Budget.class, id))
        .orElseThrow(() -> new DomainException.NotFound("error.budget.not-found"));
  }

  /**
   * The budget with its row locked until the transaction ends: ballots of one budget are taken one
   * after another, so a phone or a member cannot slip in twice between check and insert (the unique
   * constraints stay as the last guard).
   */
  public Budget requireForBallot(long id) {
    return Optional.ofNullable(em.find(Budget.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new DomainException.NotFound("error.budget.not-found"));
  }

  public boolean exists(Body body, int year) {
    return !em.createQuery(
            "select b.id from Budget b where b.body = :body and b.year = :year", Long.class)
        .setParameter("body", body)
        .setParameter("year", year)
        .getResultList()
        .isEmpty();
  }

  /** The body's budgets, newest year first. */
  public List<Budget> of(Body body) {
    return em.createQuery(
            "select b from Budget b where b.body = :body order by b.year desc, b.id desc",
            Budget.class)
        .setParameter("body", body)
        .getResultList();
  }

  public void add(Budget budget, BudgetTransition first) {
    em.persist(budget);
    em.persist(first);
  }

  public void add(BudgetTransition step) {
    em.persist(step);
  }

  public void add(BudgetProject project) {
    em.persist(project);
  }

  public void add(ProjectUpdate update) {
    em.persist(update);
  }

  public void add(Ballot ballot) {
    em.persist(ballot);
  }

  public List<BudgetTransition> history(Budget budget) {
    return em.createQuery(
            "select t from BudgetTransition t where t.budget = :b order by t.id",
            BudgetTransition.class)
        .setParameter("b", budget)
        .getResultList();
  }

  public List<BudgetProject> projects(Budget budget) {
    return em.createQuery(
            "select p from BudgetProject p where p.budget = :b order by p.id", BudgetProject.class)
        .setParameter("b", budget)
        .getResultList();
  }

  public Optional<BudgetProject> project(Budget budget, long projectId) {
    return Optional.ofNullable(em.find(BudgetProject.class, projectId))
        .filter(p -> p.budget().id().equals(budget.id()));
  }

  /** The updates of every project of the budget, oldest first. */
  public List<ProjectUpdate> updates(Budget budget) {
    return em.createQuery(
            "select u from ProjectUpdate u join fetch u.project where u.project.budget = :b order by u.id",
            ProjectUpdate.class)
        .setParameter("b", budget)
        .getResultList();
  }

  public List<ProjectUpdate> updates(BudgetProject project) {
    return em.createQuery(
            "select u from ProjectUpdate u where u.project = :p order by u.id", ProjectUpdate.class)
        .setParameter("p", project)
        .getResultList();
  }

  public Optional<Ballot> ballotOf(Budget budget, String voter) {
    return em.createQuery(
            "select b from Ballot b where b.budget = :budget and b.voter = :voter", Ballot.class)
        .setParameter("budget", budget)
        .setParameter("voter", voter)
        .getResultStream()
        .findFirst();
  }

  public Optional<Ballot> ballotByPhone(Budget budget, String phone) {
    return em.createQuery(
            "select b from Ballot b where b.budget = :budget and b.phone = :phone", Ballot.class)
        .setParameter("budget", budget)
        .setParameter("phone", phone)
        .getResultStream()
        .findFirst();
  }

  /** Who voted (never what), in the order they first voted. */
  public List<Ballot> ballots(Budget budget) {
    return em.createQuery(
            "select b from Ballot b where b.budget = :budget order by b.castAt, b.id", Ballot.class)
        .setParameter("budget", budget)
        .getResultList();
  }

  /** The budget's latest {@code max} ballots, newest first. */
  public List<Ballot> latestBallots(Budget budget, int max) {
    return em.createQuery(
            "select b from Ballot b where b.budget = :budget order by b.castAt desc, b.id desc",
            Ballot.class)
        .setParameter("budget", budget)
        .setMaxResults(max)
        .getResultList();
  }

  /** Every ballot's choices as sets of project ids, without anything about the voter. */
  public List<List<Long>> choices(Budget budget) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.ballot_id, c.project_id from budget_ballot_choice c"
                    + " join budget_ballot b on b.id = c.ballot_id where b.budget_id = ?1"
                    + " order by c.ballot_id",
                Object[].class)
            .setParameter(1, budget.id())
            .getResultList();
    Map<Long, List<Long>> byBallot = new HashMap<>();
    List<List<Long>> ballots = new ArrayList<>();
    for (Object[] row : rows) {
      long ballot = ((Number) row[0]).longValue();
      long project = ((Number) row[1]).longValue();
      byBallot
          .computeIfAbsent(
              ballot,
              k -> {
                List<Long> list = new ArrayList<>();
                ballots.add(list);
                return list;
              })
          .add(project);
    }
    return ballots;
  }

  /** Ballots per channel and per declared village: {@code [channel or village] -> count}. */
  public Map<String, Long> countBy(Budget budget, String attribute) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select cast(b."
                    + attribute
                    + " as string), count(b) from Ballot b where b.budget = :budget group by b."
                    + attribute,
                Object[].class)
            .setParameter("budget", budget)
            .getResultList()) {
      counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  public void flush() {
    em.flush();
  }
}
