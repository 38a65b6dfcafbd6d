package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.Validation;

/**
 * The life of a registered appeal, step by step: assignment, work, redirection within 3 working
 * days, extension by the head, the answer, closing, and the overdue mark. Each step is recorded,
 * audited when staff take it, shown on the public face and told to the applicant.
 */
@ApplicationScoped
public class AppealCommands {
  public static final int TEXT_MIN = 10;
  public static final int TEXT_MAX = 20_000;
  public static final int NOTE_MAX = 2_000;
  public static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject AppealRepository appeals;
  @Inject AppealAccess access;
  @Inject AppealRegistration registration;
  @Inject AppealTime time;
  @Inject PublicAppealFace face;
  @Inject AppealNotices notices;
  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject StaffScopes staff;
  @Inject AuditLog audit;
  @Inject Event<AppealMoved> moved;

  /** An official of the body sends the appeal to an executor, an official serving the body. */
  @Transactional
  public AppealDetails assign(Actor actor, long appealId, String executorUsername) {
    Validation check = new Validation();
    String username = check.requireText("executor", executorUsername, 1, 100);
    check.throwIfInvalid();
    Appeal appeal = access.requireOfficial(actor, appealId);
    Member executor =
        members
            .findByUsername(username)
            .filter(m -> staff.isStaff(m.username(), appeal.body(), StaffRole.OFFICIAL))
            .orElseThrow(() -> invalid("executor", "validation.appeal.executor"));
    appeal.assignTo(executor);
    return step(actor, appeal, AppealStatus.ASSIGNED, null, "appeal.assign");
  }

  /** The executor (or another official of the body) starts working on it. */
  @Transactional
  public AppealDetails start(Actor actor, long appealId) {
    Appeal appeal = access.requireOfficial(actor, appealId);
    return step(actor, appeal, AppealStatus.IN_PROGRESS, null, "appeal.start");
  }

  /**
   * Not this body's competence: within 3 working days of registration the appeal goes to the
   * competent body, where it is registered anew; the applicant is told at once.
   */
  @Transactional
  public AppealDetails redirect(Actor actor, long appealId, String bodySlug, String reasonText) {
    Validation check = new Validation();
    String slug = check.requireText("body", bodySlug, 1, 80);
    String reason = check.requireText("reason", reasonText, 3, NOTE_MAX);
    check.throwIfInvalid();
    Appeal appeal = access.requireOfficial(actor, appealId);
    Body target =
        bodies.findBySlug(slug).orElseThrow(() -> invalid("body", "validation.appeal.body"));
    if (target.id().equals(appeal.body().id())) {
      throw invalid("body", "validation.appeal.same-body");
    }
    LocalDate last = time.legal().redirectDeadline(appeal.registrationDay().orElseThrow());
    if (time.today().isAfter(last)) {
      throw new DomainException.Conflict("error.appeal.redirect-late", last.toString());
    }
    Appeal successor = registration.redirected(appeal, target, actor.username(), time.now());
    appeal.redirectedTo(successor);
    String note = reason + " → " + successor.number().orElseThrow();
    return step(actor, appeal, AppealStatus.REDIRECTED, note, "appeal.redirect");
  }

  /**
   * The head of the body (or a deputy) extends the term by a reasoned decision: two months at most
   * in total beyond the original deadline.
   */
  @Transactional
  public AppealDetails extend(Actor actor, long appealId, String until, String reasonText) {
    Validation check = new Validation();
    String reason = check.requireText("reason", reasonText, 3, NOTE_MAX);
    LocalDate requested = null;
    if (until == null || until.isBlank()) {
      check.reject("until", "validation.required");
    } else {
      try {
        requested = LocalDate.parse(until.strip());
      } catch (DateTimeParseException e) {
        check.reject("until", "validation.date");
      }
    }
    check.throwIfInvalid();
    Appeal appeal = access.require(appealId);
    if (!access.head(actor, appeal)) {
      throw new DomainException.Forbidden("error.appeal.head-only");
    }
    LocalDate original = appeal.originalDeadline().orElseThrow();
    appeal.extendTo(time.legal().extend(original, appeal.deadline().orElseThrow(), requested));
    return step(actor, appeal, AppealStatus.EXTENDED, reason, "appeal.extend");
  }

  /** An official of the body answers: the result and the text the applicant receives. */
  @Transactional
  public AppealDetails answer(Actor actor, long appealId, String resultName, String text) {
    Validation check = new Validation();
    AppealResult result = check.requireEnum("result", resultName, AppealResult.class);
    String answer = check.requireText("text", text, TEXT_MIN, TEXT_MAX);
    check.throwIfInvalid();
    Appeal appeal = access.requireOfficial(actor, appealId);
    appeal.status().requireMoveTo(AppealStatus.ANSWERED);
    appeal.answer(result, answer, time.now());
    return step(actor, appeal, AppealStatus.ANSWERED, result.name(), "appeal.answer");
  }

  /** Closes an answered appeal. */
  @Transactional
  public AppealDetails close(Actor actor, long appealId) {
    Appeal appeal = access.requireOfficial(actor, appealId);
    return step(actor, appeal, AppealStatus.CLOSED, null, "appeal.close");
  }

  /**
   * Marks every running appeal whose deadline passed as OVERDUE (the scheduled job calls this);
   * returns how many. A missed deadline counts as a refusal: the applicant may complain to the
   * higher body.
   */
  @Transactional
  public int markOverdue() {
    List<Appeal> late =
        appeals.overdueCandidates(time.today(), AppealStatus.where(AppealStatus::running));
    for (Appeal appeal : late) {
      record(appeal, AppealStatus.OVERDUE, SYSTEM, null);
    }
    return late.size();
  }

  private AppealDetails step(
      Actor actor, Appeal appeal, AppealStatus next, String note, String auditAction) {
    record(appeal, next, actor.username(), note);
    audit.record(actor, auditAction, "appeal", appeal.id(), appeal.number().orElse(null));
    em.flush();
    return new AppealDetails(appeal, appeals.steps(appeal));
  }

  private void record(Appeal appeal, AppealStatus next, String actor, String note) {
    Instant now = time.now();
    String executor = appeal.executor().map(Member::displayName).orElse(null);
    AppealStep step =
        appeal.move(next, actor, note, now).withState(executor, appeal.deadline().orElse(null));
    appeals.add(step);
    moved.fire(AppealMoved.of(appeal, step));
    face.update(appeal, now);
    notices.tell(appeal);
  }

  private static DomainException.InvalidInput invalid(String field, String messageKey) {
    return new DomainException.InvalidInput(List.of(new FieldError(field, messageKey)));
  }
}
