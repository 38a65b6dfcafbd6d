package kz.kenes.forum.member;

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
import kz.kenes.forum.body.Body;

/**
 * A member serves a body as an official or a moderator. Serving a body covers the bodies beneath
 * it: the district akimat's official may answer for its rural districts.
 */
@Entity
@Table(name = "staff_assignment")
public class StaffAssignment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id", updatable = false)
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private StaffRole role;

  @Column private String position;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  protected StaffAssignment() {}

  public StaffAssignment(
      Body body, Member member, StaffRole role, String position, String assignedBy, Instant now) {
    this.body = Objects.requireNonNull(body);
    this.member = Objects.requireNonNull(member);
    this.role = Objects.requireNonNull(role);
    this.position = position;
    this.assignedBy = Objects.requireNonNull(assignedBy);
    this.assignedAt = Objects.requireNonNull(now);
  }

  public Long id() {
    return id;
  }

  public Body body() {
    return body;
  }

  public Member member() {
    return member;
  }

  public StaffRole role() {
    return role;
  }

  public String position() {
    return position;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public String assignedBy() {
    return assignedBy;
  }

  void reposition(String newPosition, String by, Instant now) {
    this.position = newPosition;
    this.assignedBy = by;
    this.assignedAt = now;
  }
}
