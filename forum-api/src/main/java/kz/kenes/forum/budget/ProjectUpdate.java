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

/** A dated report by an official on a funded project: what was done, progress and spending. */
@Entity
@Table(name = "budget_project_update")
public class ProjectUpdate {
  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", updatable = false)
  private BudgetProject project;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_status", nullable = false, updatable = false)
  private WorkStatus workStatus;

  @Column(nullable = false, updatable = false)
  private int progress;

  @Column(nullable = false, updatable = false)
  private long spent;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  protected ProjectUpdate() {}

  ProjectUpdate(
      BudgetProject project,
      String author,
      String text,
      WorkStatus workStatus,
      int progress,
      long spent,
      Instant at) {
    this.project = Objects.requireNonNull(project);
    this.author = Objects.requireNonNull(author);
    this.text = Objects.requireNonNull(text);
    this.workStatus = Objects.requireNonNull(workStatus);
    this.progress = progress;
    this.spent = spent;
    this.at = Objects.requireNonNull(at);
  }

  public BudgetProject project() {
    return project;
  }

  public Long id() {
    return id;
  }

  public String author() {
    return author;
  }

  public String text() {
    return text;
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

  public Instant at() {
    return at;
  }
}
