package kz.kenes.forum.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.platform.DomainException;

/**
 * A rural district's participatory budget for one year: the amount in tenge, the villages it
 * covers, the voting rule and the phase it is in. The phase changes only through {@link
 * #transitionTo}, which writes a history row; a stale concurrent change fails on the version.
 */
@Entity
@Table(name = "budget")
public class Budget {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Column(name = "budget_year", nullable = false, updatable = false)
  private int year;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private BudgetRule rule;

  @Column(name = "max_projects", updatable = false)
  private Integer maxProjects;

  @Column(name = "min_share", updatable = false)
  private Integer minShare;

  @Column(name = "proposals_until")
  private LocalDate proposalsUntil;

  @Column(name = "voting_until")
  private LocalDate votingUntil;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "budget_village", joinColumns = @JoinColumn(name = "budget_id"))
  @OrderColumn(name = "position")
  private List<Village> villages = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BudgetStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Budget() {}

  public Budget(
      Body body,
      int year,
      long amount,
      BudgetRule rule,
      Integer maxProjects,
      Integer minShare,
      List<Village> villages,
      LocalDate proposalsUntil,
      LocalDate votingUntil,
      Instant now) {
    this.body = Objects.requireNonNull(body, "body");
    this.year = year;
    if (amount <= 0) {
      throw new IllegalArgumentException("amount");
    }
    this.amount = amount;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.maxProjects = maxProjects;
    this.minShare = minShare;
    this.villages = new ArrayList<>(villages);
    this.proposalsUntil = proposalsUntil;
    this.votingUntil = votingUntil;
    this.status = BudgetStatus.DRAFT;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** Moves to the next phase; any other target is a 409 naming both phases. */
  public BudgetTransition transitionTo(BudgetStatus to, String actor, Instant at) {
    Objects.requireNonNull(to, "to");
    if (!status.allows(to)) {
      throw new DomainException.Conflict("error.budget.transition", status.name(), to.name());
    }
    BudgetTransition step = new BudgetTransition(this, status, to, actor, at);
    status = to;
    return step;
  }

  /** The first history row, written when the budget is created. */
  public BudgetTransition created(String actor, Instant at) {
    return new BudgetTransition(this, null, status, actor, at);
  }

  /** 409 unless the budget is in {@code phase}. */
  public void requirePhase(BudgetStatus phase, String messageKey) {
    if (status != phase) {
      throw new DomainException.Conflict(messageKey, status.name());
    }
  }

  public Optional<Village> village(String name) {
    return villages.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The rule's parameters, for checking ballots. */
  public BallotRules rules() {
    return new BallotRules(rule, amount, maxProjects, minShare);
  }

  public Long id() {
    return id;
  }

  public Body body() {
    return body;
  }

  public int year() {
    return year;
  }

  public long amount() {
    return amount;
  }

  public BudgetRule rule() {
    return rule;
  }

  public OptionalInt maxProjects() {
    return maxProjects == null ? OptionalInt.empty() : OptionalInt.of(maxProjects);
  }

  public OptionalInt minShare() {
    return minShare == null ? OptionalInt.empty() : OptionalInt.of(minShare);
  }

  public Optional<LocalDate> proposalsUntil() {
    return Optional.ofNullable(proposalsUntil);
  }

  public Optional<LocalDate> votingUntil() {
    return Optional.ofNullable(votingUntil);
  }

  public List<Village> villages() {
    return List.copyOf(villages);
  }

  public BudgetStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
