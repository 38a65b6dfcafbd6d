package kz.kenes.moderation.session;

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
import java.util.Optional;

/** One move of a session's state machine: from, to, who, why, when. Never changed or deleted. */
@Entity
@Table(name = "public_session_step")
public class SessionStep {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", updatable = false)
  private PublicSession session;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private SessionStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private SessionStatus to;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String reason;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected SessionStep() {}

  SessionStep(
      PublicSession session,
      SessionStatus from,
      SessionStatus to,
      String actor,
      String reason,
      Instant at) {
    this.session = session;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.reason = reason;
    this.at = at;
  }

  public Optional<SessionStatus> from() {
    return Optional.ofNullable(from);
  }

  public SessionStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Instant at() {
    return at;
  }
}
