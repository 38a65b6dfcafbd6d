package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.notification.MemberNotice;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.platform.ActionGuard;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.PostVisibility;
import kz.kenes.moderation.StaffScope;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import kz.kenes.moderation.calendar.WorkingDayCalendarRepository;

/**
 * Formal appeals made from posts, through their legal life: escalation (a draft with a frozen
 * snapshot), registration when the applicant completes it (number, receipt, 15-working-day
 * deadline), assignment, redirection within 3 working days, extension by the head, the answer,
 * closing, and overdue detection. Each step is recorded, audited when staff take it, and told to
 * the applicant (in the app and by email).
 */
@ApplicationScoped
public class AppealService {
  public static final int TEXT_MIN = 10;
  public static final int TEXT_MAX = 20_000;
  public static final int NOTE_MAX = 2_000;
  public static final String SYSTEM = "system";

  /** Statuses in which the body still owes an answer and the deadline runs. */
  static final Set<AppealStatus> RUNNING =
      EnumSet.of(
          AppealStatus.REGISTERED,
          AppealStatus.ASSIGNED,
          AppealStatus.IN_PROGRESS,
          AppealStatus.EXTENDED);

  @PersistenceContext EntityManager em;
  @Inject AppealRepository appeals;
  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject StaffScope scope;
  @Inject WorkingDayCalendarRepository calendars;
  @Inject AuditLog audit;
  @Inject ActionGuard guard;
  @Inject Event<MemberNotice> notices;
  @Inject kz.kenes.forum.thread.ThreadService threads;
  @Inject Clock clock;

  /** An appeal with its steps. */
  public record AppealDetails(Appeal appeal, List<AppealStep> steps) {}

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
    boolean author = post.author().username().equals(actor.username());
    if (!author
        && !scope.serves(actor, body, StaffRole.MODERATOR)
        && !scope.serves(actor, body, StaffRole.OFFICIAL)) {
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
    Instant now = now();
    Appeal appeal = new Appeal(post, body, actor.username(), now);
    appeals.add(appeal);
    post.thread().markEscalated();
    appeals.add(appeal.drafted(actor.username(), now));
    audit.record(actor, "appeal.escalate", "post", post.id(), "appeal " + appeal.id());
    tell(appeal);
    return new Escalation(appeal, true);
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
    String name = check.requireLine("fullName", fullName, 3, AppealApplicant.NAME_MAX);
    Iin iin = null;
    if (iinText == null || iinText.isBlank()) {
      check.reject("iin", "validation.required");
    } else if (!Iin.isValid(iinText)) {
      check.reject("iin", "validation.iin");
    } else {
      iin = Iin.parse(iinText);
    }
    String place = check.requireText("address", address, 5, AppealApplicant.ADDRESS_MAX);
    if (publishAnswer == null) {
      check.reject("publishAnswer", "validation.required");
    }
    check.throwIfInvalid();
    Appeal appeal = require(appealId);
    if (!appeal.applicant().username().equals(actor.username())) {
      throw new DomainException.Forbidden("error.appeal.not-applicant");
    }
    if (appeal.status() != AppealStatus.DRAFT) {
      throw new DomainException.Conflict("error.appeal.submitted");
    }
    appeal.consentToPublish(publishAnswer);
    Instant now = now();
    register(appeal, actor.username(), now);
    appeals.add(new AppealApplicant(appeal.id(), name, iin, place));
    audit.record(actor, "appeal.register", "appeal", appeal.id(), appeal.number().orElseThrow());
    return new AppealDetails(appeal, appeals.steps(appeal));
  }

  /** An appeal with its steps: for its applicant, the officials of its body and admins. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AppealDetails get(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    requireReader(actor, appeal);
    return new AppealDetails(appeal, appeals.steps(appeal));
  }

  /**
   * The applicant's personal data, for the applicant and the officials who must answer. Every read
   * is written to the audit log.
   */
  @Transactional
  public Optional<AppealApplicant> personalData(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    if (!appeal.applicant().username().equals(actor.username()) && !official(actor, appeal)) {
      throw new DomainException.Forbidden("error.appeal.forbidden");
    }
    Optional<AppealApplicant> data = appeals.applicant(appealId);
    if (data.isPresent()) {
      audit.record(actor, "appeal.personal-data.read", "appeal", appealId, null);
    }
    return data;
  }

  /** The actor's own appeals, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Appeal> mine(Actor actor) {
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
    Set<Long> ids = scope.bodyIds(actor, StaffRole.OFFICIAL);
    if (ids != null) {
      Set<Long> headed = scope.bodyIds(actor, StaffRole.HEAD);
      ids = new java.util.HashSet<>(ids);
      ids.addAll(headed);
      if (ids.isEmpty()) {
        return List.of();
      }
    }
    Set<AppealStatus> open = EnumSet.copyOf(RUNNING);
    open.add(AppealStatus.OVERDUE);
    return appeals.openOf(ids, open);
  }

  /**
   * The registered appeals of a thread, as the public sees them on the thread (404 when the thread
   * is hidden from the viewer).
   */
  @Transactional
  public List<Appeal> ofThread(long threadId, java.util.Optional<Actor> viewer) {
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

  /** An official of the body sends the appeal to an executor, an official serving the body. */
  @Transactional
  public AppealDetails assign(Actor actor, long appealId, String executorUsername) {
    Validation check = new Validation();
    String username = check.requireText("executor", executorUsername, 1, 100);
    check.throwIfInvalid();
    Appeal appeal = requireOfficial(actor, appealId);
    Member executor =
        members
            .findByUsername(username)
            .filter(m -> scope.isStaff(m.username(), appeal.body(), StaffRole.OFFICIAL))
            .orElseThrow(
                () ->
                    new DomainException.InvalidInput(
                        List.of(
                            new kz.kenes.forum.platform.FieldError(
                                "executor", "validation.appeal.executor"))));
    appeal.assignTo(executor);
    return step(actor, appeal, AppealStatus.ASSIGNED, null, "appeal.assign");
  }

  /** The executor (or another official of the body) starts working on it. */
  @Transactional
  public AppealDetails start(Actor actor, long appealId) {
    Appeal appeal = requireOfficial(actor, appealId);
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
    Appeal appeal = requireOfficial(actor, appealId);
    Body target =
        bodies
            .findBySlug(slug)
            .orElseThrow(
                () ->
                    new DomainException.InvalidInput(
                        List.of(
                            new kz.kenes.forum.platform.FieldError(
                                "body", "validation.appeal.body"))));
    if (target.id().equals(appeal.body().id())) {
      throw new DomainException.InvalidInput(
          List.of(new kz.kenes.forum.platform.FieldError("body", "validation.appeal.same-body")));
    }
    LocalDate today = today();
    LocalDate last = appealClock().redirectDeadline(appeal.registrationDay().orElseThrow());
    if (today.isAfter(last)) {
      throw new DomainException.Conflict("error.appeal.redirect-late", last.toString());
    }
    Instant now = now();
    Appeal successor = new Appeal(appeal, target, actor.username(), now);
    appeals.add(successor);
    appeals.add(successor.drafted(actor.username(), now));
    register(successor, actor.username(), now);
    appeals
        .applicant(appeal.id())
        .ifPresent(
            data ->
                appeals.add(
                    new AppealApplicant(
                        successor.id(), data.fullName(), data.iin(), data.address())));
    appeal.redirectedTo(successor);
    return step(
        actor,
        appeal,
        AppealStatus.REDIRECTED,
        reason + " → " + successor.number().orElseThrow(),
        "appeal.redirect");
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
    Appeal appeal = require(appealId);
    if (!scope.serves(actor, appeal.body(), StaffRole.HEAD)) {
      throw new DomainException.Forbidden("error.appeal.head-only");
    }
    LocalDate extended =
        appealClock()
            .extend(
                appeal.originalDeadline().orElseThrow(),
                appeal.deadline().orElseThrow(),
                requested);
    appeal.extendTo(extended);
    return step(actor, appeal, AppealStatus.EXTENDED, reason, "appeal.extend");
  }

  /** An official of the body answers: the result and the text the applicant receives. */
  @Transactional
  public AppealDetails answer(Actor actor, long appealId, String resultName, String text) {
    Validation check = new Validation();
    AppealResult result = check.requireEnum("result", resultName, AppealResult.class);
    String answer = check.requireText("text", text, TEXT_MIN, TEXT_MAX);
    check.throwIfInvalid();
    Appeal appeal = requireOfficial(actor, appealId);
    appeal.status().requireMoveTo(AppealStatus.ANSWERED);
    appeal.answer(result, answer, now());
    return step(actor, appeal, AppealStatus.ANSWERED, result.name(), "appeal.answer");
  }

  /** Closes an answered appeal. */
  @Transactional
  public AppealDetails close(Actor actor, long appealId) {
    Appeal appeal = requireOfficial(actor, appealId);
    return step(actor, appeal, AppealStatus.CLOSED, null, "appeal.close");
  }

  /**
   * The applicant complains to the higher body (APPK article 91) about an appeal that went overdue
   * (a missed deadline counts as a refusal) or was refused. The complaint is registered at once at
   * the body above, with its own number and deadline; one complaint per appeal.
   */
  @Transactional
  public AppealDetails complain(Actor actor, long appealId, String reasonText) {
    Validation check = new Validation();
    String reason = check.requireText("reason", reasonText, 3, NOTE_MAX);
    check.throwIfInvalid();
    Appeal appeal = require(appealId);
    if (!appeal.applicant().username().equals(actor.username())) {
      throw new DomainException.Forbidden("error.appeal.not-applicant");
    }
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
    Instant now = now();
    Appeal complaint = Appeal.complaint(appeal, higher, reason, actor.username(), now);
    appeals.add(complaint);
    appeals.add(complaint.drafted(actor.username(), now));
    register(complaint, actor.username(), now);
    appeals
        .applicant(appeal.id())
        .ifPresent(
            data ->
                appeals.add(
                    new AppealApplicant(
                        complaint.id(), data.fullName(), data.iin(), data.address())));
    audit.record(
        actor, "appeal.complaint", "appeal", appeal.id(), complaint.number().orElseThrow());
    em.flush();
    return new AppealDetails(complaint, appeals.steps(complaint));
  }

  /**
   * Marks every running appeal whose deadline passed as OVERDUE (the scheduled job calls this);
   * returns how many. A missed deadline counts as a refusal: the applicant may complain to the
   * higher body.
   */
  @Transactional
  public int markOverdue() {
    LocalDate today = today();
    Instant now = now();
    List<Appeal> late = appeals.overdueCandidates(today, RUNNING);
    for (Appeal appeal : late) {
      appeals.add(
          appeal
              .move(AppealStatus.OVERDUE, SYSTEM, null, now)
              .withState(executorName(appeal), appeal.deadline().orElse(null)));
      publish(appeal, now);
      tell(appeal);
    }
    return late.size();
  }

  private void register(Appeal appeal, String actor, Instant now) {
    WorkingDayCalendar calendar = calendars.calendar();
    AppealClock legal = new AppealClock(calendar);
    LocalDate day = legal.registrationDay(ZonedDateTime.ofInstant(now, WorkingDayCalendar.ZONE));
    int year = day.getYear();
    long bodyId = appeal.body().id();
    AppealSequence sequence =
        appeals
            .lockSequence(bodyId, year)
            .orElseGet(
                () -> {
                  try {
                    appeals.ensureSequence(bodyId, year);
                  } catch (RuntimeException raced) {
                    // another registration created it first; it is there now
                  }
                  return appeals.lockSequence(bodyId, year).orElseThrow();
                });
    long next = sequence.next();
    String number =
        RegistrationNumbers.format(RegistrationNumbers.bodyCode(appeal.body().slug()), year, next);
    appeal.register(year, next, number, now, day, legal.deadline(day));
    appeals.add(
        appeal
            .move(AppealStatus.REGISTERED, actor, number, now)
            .withState(null, appeal.deadline().orElse(null)));
    em.persist(
        new kz.kenes.forum.thread.ThreadAppeal(
            appeal.id(),
            appeal.thread(),
            appeal.body(),
            appeal.postId(),
            number,
            AppealStatus.REGISTERED.name(),
            now));
    tell(appeal);
  }

  private AppealDetails step(
      Actor actor, Appeal appeal, AppealStatus next, String note, String auditAction) {
    Instant now = now();
    appeals.add(
        appeal
            .move(next, actor.username(), note, now)
            .withState(executorName(appeal), appeal.deadline().orElse(null)));
    publish(appeal, now);
    audit.record(actor, auditAction, "appeal", appeal.id(), appeal.number().orElse(null));
    tell(appeal);
    em.flush();
    return new AppealDetails(appeal, appeals.steps(appeal));
  }

  private static String executorName(Appeal appeal) {
    return appeal.executor().map(Member::displayName).orElse(null);
  }

  /** Keeps the public face of a registered appeal in step with its status. */
  private void publish(Appeal appeal, Instant now) {
    kz.kenes.forum.thread.ThreadAppeal shown =
        em.find(kz.kenes.forum.thread.ThreadAppeal.class, appeal.id());
    if (shown != null) {
      shown.status(appeal.status().name(), now);
    }
  }

  private void tell(Appeal appeal) {
    notices.fire(
        new MemberNotice(
            NotificationKind.APPEAL_UPDATE,
            appeal.thread().id(),
            appeal.id(),
            appeal.applicant().username()));
  }

  private Appeal require(long id) {
    return appeals
        .find(id)
        .orElseThrow(() -> new DomainException.NotFound("error.appeal.not-found"));
  }

  private Appeal requireOfficial(Actor actor, long appealId) {
    Appeal appeal = require(appealId);
    if (!official(actor, appeal)) {
      throw new DomainException.Forbidden("error.appeal.officials-only");
    }
    return appeal;
  }

  /** An official (or the head) of the appeal's body: admins are not, they manage staff. */
  private boolean official(Actor actor, Appeal appeal) {
    return scope.serves(actor, appeal.body(), StaffRole.OFFICIAL)
        || scope.serves(actor, appeal.body(), StaffRole.HEAD);
  }

  private void requireReader(Actor actor, Appeal appeal) {
    if (appeal.applicant().username().equals(actor.username()) || actor.has(Role.ADMIN)) {
      return;
    }
    if (official(actor, appeal)) {
      return;
    }
    throw new DomainException.Forbidden("error.appeal.forbidden");
  }

  private AppealClock appealClock() {
    return new AppealClock(calendars.calendar());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
