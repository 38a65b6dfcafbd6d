package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.Scope;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.ThreadService;

/**
 * Reading appeals: one with its steps, the applicant's personal data (audited), the applicant's
 * cabinet, the officials' work list and the appeals of a thread as the public sees them.
 */
@ApplicationScoped
public class AppealQueries {
  @Inject AppealRepository appeals;
  @Inject AppealAccess access;
  @Inject StaffScopes staff;
  @Inject ThreadService threads;
  @Inject AuditLog audit;
  @Inject MemberRepository members;

  /** An appeal with its steps: for its applicant, the officials of its body and admins. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AppealDetails get(Actor actor, long appealId) {
    Appeal appeal = access.requireReader(actor, appealId);
    return new AppealDetails(appeal, appeals.steps(appeal));
  }

  /**
   * The applicant's personal data, for the applicant and the officials who must answer. Every read
   * is written to the audit log.
   */
  @Transactional
  public Optional<AppealApplicant> personalData(Actor actor, long appealId) {
    access.requirePersonalDataReader(actor, appealId);
    Optional<AppealApplicant> data = appeals.applicant(appealId);
    if (data.isPresent()) {
      audit.record(actor, "appeal.personal-data.read", "appeal", appealId, null);
    }
    return data;
  }

  /**
   * The actor's own appeals, newest first, with those taken at intake for their verified phone: the
   * member is brought up to date with their token first, which claims such appeals the first time
   * the number is seen ({@link AppealClaims}).
   */
  @Transactional
  public List<Appeal> mine(Actor actor) {
    members.ensure(actor);
    return appeals.ofApplicant(actor.username());
  }

  /**
   * The work list of an official: the open appeals of the bodies they serve (as official or head),
   * the nearest deadline first; admins see all.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Appeal> workList(Actor actor) {
    if (!actor.has(Role.OFFICIAL) && !actor.has(Role.ADMIN)) {
      throw new DomainException.Forbidden("error.appeal.officials-only");
    }
    Scope scope = staff.scope(actor, StaffRole.OFFICIAL, StaffRole.HEAD);
    if (scope.isEmpty()) {
      return List.of();
    }
    return appeals.openOf(scope, AppealStatus.where(AppealStatus::open));
  }

  /**
   * The registered appeals of a thread, as the public sees them on the thread (404 when the thread
   * is hidden from the viewer).
   */
  @Transactional
  public List<Appeal> ofThread(long threadId, Optional<Actor> viewer) {
    threads.thread(threadId, viewer);
    return appeals.registeredOfThread(threadId);
  }

  /**
   * Every appeal of a thread, drafts included, for the thread page: it shows a draft to its
   * applicant only, and the public the number, status and (if agreed) answer of the others.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Appeal> allOfThread(long threadId) {
    return appeals.allOfThread(threadId);
  }

  /** The appeal escalated from a post, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Appeal> ofPost(long postId) {
    return appeals.escalatedFrom(postId);
  }
}
