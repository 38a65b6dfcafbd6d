package kz.kenes.moderation.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That the followers were told of one occasion of a session (unique per session and occasion), so
 * that a job run twice or on two nodes tells nobody twice.
 */
@Entity
@Table(name = "public_session_notice")
public class SessionNotice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "session_id", nullable = false, updatable = false)
  private Long sessionId;

  @Column(nullable = false, updatable = false)
  private String occasion;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected SessionNotice() {}

  SessionNotice(long sessionId, String occasion, Instant at) {
    this.sessionId = sessionId;
    this.occasion = occasion;
    this.at = at;
  }
}
