package kz.kenes.moderation.appeal;

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
import java.time.LocalDate;
import java.util.Optional;

/**
 * One step of an appeal's life: from and to which status, who took it, the note (reason, result),
 * the executor's name and the deadline as they were then. Never changed or deleted.
 */
@Entity
@Table(name = "appeal_step")
public class AppealStep {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "appeal_id", updatable = false)
  private Appeal appeal;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private AppealStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private AppealStatus to;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String note;

  @Column(updatable = false)
  private String executor;

  @Column(updatable = false)
  private LocalDate deadline;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  protected AppealStep() {}

  AppealStep(
      Appeal appeal, AppealStatus from, AppealStatus to, String actor, String note, Instant at) {
    this.appeal = appeal;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.note = note;
    this.at = at;
  }

  /** Records the executor and deadline as they stand after the step. */
  AppealStep withState(String executorName, LocalDate currentDeadline) {
    this.executor = executorName;
    this.deadline = currentDeadline;
    return this;
  }

  public Long id() {
    return id;
  }

  public Optional<AppealStatus> from() {
    return Optional.ofNullable(from);
  }

  public AppealStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Optional<String> executor() {
    return Optional.ofNullable(executor);
  }

  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  public Instant at() {
    return at;
  }
}
