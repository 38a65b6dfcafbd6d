package kz.kenes.forum.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One staff action, written in the same transaction as the action and never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "target_type", nullable = false, updatable = false)
  private String targetType;

  @Column(name = "target_id", nullable = false, updatable = false)
  private String targetId;

  @Column(updatable = false)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      Instant at, String actor, String action, String targetType, String targetId, String detail) {
    this.at = Objects.requireNonNull(at);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.targetType = Objects.requireNonNull(targetType);
    this.targetId = Objects.requireNonNull(targetId);
    this.detail = detail;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public String detail() {
    return detail;
  }
}
