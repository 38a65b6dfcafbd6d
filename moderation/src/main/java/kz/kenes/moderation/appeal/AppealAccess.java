package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;

/**
 * Who may do what with an appeal: its applicant (the member who made it, or whose verified phone
 * claimed it), the officials and head of its body (and of the bodies above it), admins (read only).
 * Every appeal service asks here; none decides on its own.
 */
@ApplicationScoped
public class AppealAccess {
  @Inject AppealRepository appeals;
  @Inject StaffScopes staff;

  /** The appeal, or 404. */
  public Appeal require(long appealId) {
    return appeals
        .find(appealId)
        .orElseThrow(() -> new DomainException.NotFound("error.appeal.not-found"));
  }

  /** Whether the actor is the appeal's applicant. */
  public boolean applicant(Actor actor, Appeal appeal) {
    return appeal.applicantUsername().filter(actor.username()::equals).isPresent();
  }

  /** An official (or the head) of the appeal's body: admins are not, they manage staff. */
  public boolean official(Actor actor, Appeal appeal) {
    return staff.serves(actor, appeal.body(), StaffRole.OFFICIAL) || head(actor, appeal);
  }

  /** The head of the appeal's body (or a deputy), who may extend its term. */
  public boolean head(Actor actor, Appeal appeal) {
    return staff.serves(actor, appeal.body(), StaffRole.HEAD);
  }

  /** The appeal, when the actor is its applicant; 404 or 403 otherwise. */
  public Appeal requireApplicant(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    if (!applicant(actor, appeal)) {
      throw new DomainException.Forbidden("error.appeal.not-applicant");
    }
    return appeal;
  }

  /** The appeal, when the actor is an official of its body; 404 or 403 otherwise. */
  public Appeal requireOfficial(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    if (!official(actor, appeal)) {
      throw new DomainException.Forbidden("error.appeal.officials-only");
    }
    return appeal;
  }

  /** The appeal, when the actor may read it: its applicant, an official of its body, an admin. */
  public Appeal requireReader(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    if (!actor.has(Role.ADMIN) && !applicant(actor, appeal) && !official(actor, appeal)) {
      throw new DomainException.Forbidden("error.appeal.forbidden");
    }
    return appeal;
  }

  /**
   * The appeal, when the actor may see its receipt: its applicant, the operator who took it, an
   * official or operator of its body; 404 or 403 otherwise.
   */
  public Appeal requireReceiptReader(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    boolean taker = appeal.takenBy().map(actor.username()::equals).orElse(false);
    if (!taker
        && !applicant(actor, appeal)
        && !official(actor, appeal)
        && !staff.serves(actor, appeal.body(), StaffRole.OPERATOR)) {
      throw new DomainException.Forbidden("error.appeal.forbidden");
    }
    return appeal;
  }

  /**
   * The appeal, when the actor may read its applicant's personal data: the applicant and the
   * officials who must answer (not admins).
   */
  public Appeal requirePersonalDataReader(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    if (!applicant(actor, appeal) && !official(actor, appeal)) {
      throw new DomainException.Forbidden("error.appeal.forbidden");
    }
    return appeal;
  }
}
