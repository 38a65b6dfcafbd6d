package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.ActionGuard;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.PostVisibility;

/**
 * The ways an appeal starts: a post escalated into a draft that its applicant submits, the
 * successor registered at the competent body when an appeal is redirected, and a complaint to the
 * higher body. Each ends in {@link AppealNumbering#register} (assisted intake: {@link
 * IntakeService}).
 */
@ApplicationScoped
public class AppealRegistration {
  @PersistenceContext EntityManager em;
  @Inject AppealRepository appeals;
  @Inject AppealAccess access;
  @Inject AppealNumbering numbering;
  @Inject AppealNotices notices;
  @Inject AppealTime time;
  @Inject StaffScopes staff;
  @Inject MemberRepository members;
  @Inject ActionGuard guard;
  @Inject AuditLog audit;

  /** The result of an escalation: the appeal and whether this call created it. */
  public record Escalation(Appeal appeal, boolean created) {}

  /**
   * Escalates a post into an appeal draft addressed to the post's body. A moderator or official of
   * the body may, and so may the post's author (asking for it). Escalating the same post again
   * returns the same appeal: the post row is locked while looking, so two requests at once make one
   * appeal.
   */
  @Transactional
  public Escalation escalate(Actor actor, long postId) {
    Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
    if (post == null) {
      throw new DomainException.NotFound("error.post.not-found");
    }
    Body body = post.thread().body();
    if (!post.author().username().equals(actor.username())
        && !staff.serves(actor, body, StaffRole.MODERATOR)
        && !staff.serves(actor, body, StaffRole.OFFICIAL)) {
      throw new DomainException.Forbidden("error.appeal.escalate-forbidden");
    }
    Member member = members.ensure(actor);
    guard.check(actor, ActionGuard.Action.ESCALATE, member.createdAt());
    Optional<Appeal> existing = appeals.escalatedFrom(postId);
    if (existing.isPresent()) {
      return new Escalation(existing.get(), false);
    }
    if (post.withdrawn() || post.visibility() == PostVisibility.REMOVED) {
      throw new DomainException.Conflict("error.appeal.post-gone");
    }
    Instant now = time.now();
    Appeal appeal = new Appeal(post, body, actor.username(), now);
    appeals.add(appeal);
    post.thread().markEscalated();
    appeals.add(appeal.drafted(actor.username(), now));
    audit.record(actor, "appeal.escalate", "post", post.id(), "appeal " + appeal.id());
    notices.tell(appeal);
    return new Escalation(appeal, true);
  }

  /**
   * A resident's question to a public session becomes an appeal draft of its asker, addressed to
   * the session's body, that the asker completes and submits like an escalated post. The caller
   * (the session's question service) makes sure it happens once per question.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Appeal draftFromSessionQuestion(
      Appeal.SessionQuestionText question, Body body, Member asker, String actor) {
    Instant now = time.now();
    Appeal appeal = Appeal.fromSessionQuestion(question, body, asker, actor, now);
    appeals.add(appeal);
    appeals.add(appeal.drafted(actor, now));
    audit.record(
        actor, "appeal.session-question", "session", question.sessionId(), "appeal " + appeal.id());
    notices.tell(appeal);
    return appeal;
  }

  /**
   * The applicant completes the draft with what the law needs (APPK article 63) and it is
   * registered: a number unique and gap-free per body and year, the registration day (the next
   * working day when submitted after hours) and the deadline, 15 working days later.
   */
  @Transactional
  public AppealDetails submit(
      Actor actor,
      long appealId,
      String fullName,
      String iinText,
      String address,
      Boolean publishAnswer) {
    Validation check = new Validation();
    ApplicantForm form = ApplicantForm.read(check, fullName, iinText, address);
    if (publishAnswer == null) {
      check.reject("publishAnswer", "validation.required");
    }
    check.throwIfInvalid();
    Appeal appeal = access.requireApplicant(actor, appealId);
    if (appeal.status() != AppealStatus.DRAFT) {
      throw new DomainException.Conflict("error.appeal.submitted");
    }
    appeal.consentToPublish(publishAnswer);
    numbering.register(appeal, actor.username(), time.now());
    appeals.add(form.of(appeal.id()));
    audit.record(actor, "appeal.register", "appeal", appeal.id(), appeal.number().orElseThrow());
    return details(appeal);
  }

  /**
   * The applicant complains to the higher body (APPK article 91) about an appeal that went overdue
   * (a missed deadline counts as a refusal) or was refused. The complaint is registered at once at
   * the body above, with its own number and deadline; one complaint per appeal.
   */
  @Transactional
  public AppealDetails complain(Actor actor, long appealId, String reasonText) {
    Validation check = new Validation();
    String reason = check.requireText("reason", reasonText, 3, AppealCommands.NOTE_MAX);
    check.throwIfInvalid();
    Appeal appeal = access.requireApplicant(actor, appealId);
    boolean refused =
        appeal.result().filter(r -> r == AppealResult.REFUSED).isPresent()
            && (appeal.status() == AppealStatus.ANSWERED || appeal.status() == AppealStatus.CLOSED);
    if (appeal.status() != AppealStatus.OVERDUE && !refused) {
      throw new DomainException.Conflict("error.appeal.complaint-not-due");
    }
    Body higher =
        appeal
            .body()
            .parent()
            .orElseThrow(() -> new DomainException.Conflict("error.appeal.no-higher-body"));
    if (appeals.complaintAbout(appeal).isPresent()) {
      throw new DomainException.Conflict("error.appeal.complained");
    }
    Instant now = time.now();
    Appeal complaint =
        successor(appeal, Appeal.complaint(appeal, higher, reason, actor.username(), now), now);
    audit.record(
        actor, "appeal.complaint", "appeal", appeal.id(), complaint.number().orElseThrow());
    em.flush();
    return details(complaint);
  }

  /** The appeal as the competent body registers it when {@code from} is redirected there. */
  Appeal redirected(Appeal from, Body competent, String actor, Instant now) {
    return successor(from, new Appeal(from, competent, actor, now), now);
  }

  /**
   * Registers an appeal that follows {@code from} (at another body) at once, with the applicant's
   * data of {@code from}.
   */
  private Appeal successor(Appeal from, Appeal next, Instant now) {
    appeals.add(next);
    appeals.add(next.drafted(next.escalatedBy(), now));
    numbering.register(next, next.escalatedBy(), now);
    appeals.applicant(from.id()).ifPresent(data -> appeals.add(data.copyFor(next.id())));
    return next;
  }

  private AppealDetails details(Appeal appeal) {
    return new AppealDetails(appeal, appeals.steps(appeal));
  }
}
