package kz.kenes.forum.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import kz.kenes.forum.platform.DomainException;

/**
 * A resident's project for a budget: what, where and the estimated cost; the akimat's review
 * (feasible with its own cost, or rejected with a public reason); and once funded, how its works
 * go. Its discussion is an ordinary thread of the body ({@link #threadId}).
 */
@Entity
@Table(name = "budget_project")
public class BudgetProject {
  public static final int TITLE_MIN = 5;
  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MIN = 20;
  public static final int DESCRIPTION_MAX = 10_000;
  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_id", updatable = false)
  private Budget budget;

  @Column(name = "thread_id", nullable = false, updatable = false)
  private long threadId;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(nullable = false, updatable = false)
  private String village;

  @Column(name = "estimated_cost", nullable = false, updatable = false)
  private long estimatedCost;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectReview review = ProjectReview.PROPOSED;

  private Long cost;

  @Column(name = "reject_reason")
  private String rejectReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_status", nullable = false)
  private WorkStatus workStatus = WorkStatus.NOT_STARTED;

  @Column(nullable = false)
  private int progress;

  @Column(nullable = false)
  private long spent;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected BudgetProject() {}

  public BudgetProject(
      Budget budget,
      long threadId,
      String author,
      String title,
      String description,
      String village,
      long estimatedCost,
      Instant now) {
    this.budget = Objects.requireNonNull(budget);
    this.threadId = threadId;
    this.author = Objects.requireNonNull(author);
    this.title = Objects.requireNonNull(title);
    this.description = Objects.requireNonNull(description);
    this.village = Objects.requireNonNull(village);
    this.estimatedCost = estimatedCost;
    this.createdAt = Objects.requireNonNull(now);
  }

  /**
   * The akimat finds the project feasible at its own cost (a decision may be revised in review).
   */
  public void markFeasible(long akimatCost) {
    if (akimatCost <= 0) {
      throw new IllegalArgumentException("cost");
    }
    review = ProjectReview.FEASIBLE;
    cost = akimatCost;
    rejectReason = null;
  }

  /** The akimat rejects the project with a public reason. */
  public void reject(String reason) {
    review = ProjectReview.REJECTED;
    cost = null;
    rejectReason = Objects.requireNonNull(reason);
  }

  /** Records how the works go; only a funded project's, checked by the service. */
  public ProjectUpdate report(
      String by, String text, WorkStatus status, int newProgress, long newSpent, Instant at) {
    if (newProgress < 0 || newProgress > 100 || newSpent < 0) {
      throw new DomainException.Conflict("error.budget.update-range");
    }
    this.workStatus = Objects.requireNonNull(status);
    this.progress = newProgress;
    this.spent = newSpent;
    return new ProjectUpdate(this, by, text, status, newProgress, newSpent, at);
  }

  public boolean feasible() {
    return review == ProjectReview.FEASIBLE;
  }

  public Long id() {
    return id;
  }

  public Budget budget() {
    return budget;
  }

  public long threadId() {
    return threadId;
  }

  public String author() {
    return author;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String village() {
    return village;
  }

  public long estimatedCost() {
    return estimatedCost;
  }

  public ProjectReview review() {
    return review;
  }

  /** The akimat's cost of a feasible project. */
  public OptionalLong cost() {
    return cost == null ? OptionalLong.empty() : OptionalLong.of(cost);
  }

  public Optional<String> rejectReason() {
    return Optional.ofNullable(rejectReason);
  }

  public WorkStatus workStatus() {
    return workStatus;
  }

  public int progress() {
    return progress;
  }

  public long spent() {
    return spent;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
