package kz.kenes.forum.member.api;

import java.time.Instant;
import kz.kenes.forum.member.StaffAssignment;
import kz.kenes.forum.member.StaffRole;

/** A staff assignment as the admin API shows it. */
public record StaffView(
    String body,
    String username,
    String name,
    StaffRole role,
    String position,
    Instant assignedAt,
    String assignedBy) {

  public static StaffView of(StaffAssignment s) {
    return new StaffView(
        s.body().slug(),
        s.member().username(),
        s.member().displayName(),
        s.role(),
        s.position(),
        s.assignedAt(),
        s.assignedBy());
  }
}
