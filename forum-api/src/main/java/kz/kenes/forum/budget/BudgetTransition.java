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
import java.time.Instant;
import java.util.Objects;

/** One step of a budget's life: who moved it from which phase to which, and when. */
@Entity
@Table(name = "budget_transition")
public class BudgetTransition {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_id", updatable = false)
  private Budget budget;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private BudgetStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private BudgetStatus to;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  protected BudgetTransition() {}

  BudgetTransition(Budget budget, BudgetStatus from, BudgetStatus to, String actor, Instant at) {
    this.budget = Objects.requireNonNull(budget);
    this.from = from;
    this.to = Objects.requireNonNull(to);
    this.actor = Objects.requireNonNull(actor);
    this.at = Objects.requireNonNull(at);
  }

  public BudgetStatus from() {
    return from;
  }

  public BudgetStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }
}
