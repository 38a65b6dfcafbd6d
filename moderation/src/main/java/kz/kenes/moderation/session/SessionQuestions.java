package kz.kenes.moderation.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.appeal.Appeal;
import kz.kenes.moderation.appeal.AppealRegistration;
import kz.kenes.moderation.appeal.AppealTime;
import kz.kenes.moderation.calendar.WorkingDayCalendar;

/**
 * Residents' questions to a session: asking and supporting while it takes questions, the
 * moderators' hiding and merging of duplicates, the answer at the session or in writing, and the
 * question's becoming an appeal of its asker (when the asker chooses, or when its written answer is
 * late). Each use case is one transaction; supports of one question are counted under its row lock.
 */
@ApplicationScoped
public class SessionQuestions {
  public static final int ANSWER_MAX = 20_000;
  public static final String SYSTEM = "system";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @PersistenceContext EntityManager em;
  @Inject SessionRepository sessions;
  @Inject SessionService service;
  @Inject MemberRepository members;
  @Inject StaffScopes staff;
  @Inject AppealRegistration registration;
  @Inject AppealTime time;
  @Inject SessionNotices notices;
  @Inject AuditLog audit;

  /** What a resident asks. */
  public record AskRequest(String text, String category) {}

  /** An answer: {@code AT_SESSION} with its summary, or {@code IN_WRITING}. */
  public record AnswerRequest(String mode, String text) {}

  /** A moderator's decision on a question: the reason to hide it, or the question to merge into. */
  public record ModerateRequest(String reason, Long into) {}

  /** How a question is answered. */
  public enum AnswerMode {
    AT_SESSION,
    IN_WRITING
  }

  /** An escalation's result: the appeal and whether this call created it. */
  public record Escalation(Appeal appeal, boolean created) {}

  @Transactional
  public SessionQuestion ask(Actor actor, long sessionId, AskRequest request) {
    PublicSession session = service.require(sessionId);
    AskRequest in = request == null ? new AskRequest(null, null) : request;
    Validation check = new Validation();
    String text =
        check.requireText("text", in.text(), SessionQuestion.TEXT_MIN, SessionQuestion.TEXT_MAX);
    Category category = check.requireEnum("category", in.category(), Category.class);
    check.throwIfInvalid();
    if (!session.status().takesQuestions()) {
      throw new DomainException.Conflict("error.session.not-open");
    }
    Member asker = members.ensure(actor);
    SessionQuestion question = new SessionQuestion(session, asker, text, category, time.now());
    sessions.add(question);
    return question;
  }

  /** One support per member; not one's own question; 409 otherwise. */
  @Transactional
  public SessionQuestion support(Actor actor, long sessionId, long questionId) {
    Member member = members.ensure(actor);
    SessionQuestion question =
        sessions
            .lockQuestion(questionId)
            .filter(q -> q.session().id() == sessionId && !q.hidden())
            .orElseThrow(() -> new DomainException.NotFound("error.session.question-not-found"));
    if (!question.session().status().takesQuestions()) {
      throw new DomainException.Conflict("error.session.not-open");
    }
    if (question.status() == QuestionStatus.MERGED) {
      throw new DomainException.Conflict("error.session.question-merged");
    }
    if (question.asker().id().equals(member.id())) {
      throw new DomainException.Conflict("error.session.own-question");
    }
    if (sessions.supports(question, member.id())) {
      throw new DomainException.Conflict("error.session.supported");
    }
    sessions.add(new QuestionSupport(question, member, time.now()));
    question.supported();
    return question;
  }

  /**
   * An official or moderator of the body records the answer: at the session (while it is live, with
   * a summary), or in writing (owed while the session runs; the written answer itself once it is
   * held).
   */
  @Transactional
  public SessionQuestion answer(Actor actor, long sessionId, long questionId, AnswerRequest in) {
    SessionQuestion question = requireQuestion(sessionId, questionId, true);
    PublicSession session = question.session();
    service.requireRunner(actor, session.body());
    AnswerRequest request = in == null ? new AnswerRequest(null, null) : in;
    Validation check = new Validation();
    AnswerMode mode = check.requireEnum("mode", request.mode(), AnswerMode.class);
    boolean held = session.status() == SessionStatus.HELD;
    String text = null;
    if (mode == AnswerMode.AT_SESSION || (mode == AnswerMode.IN_WRITING && held)) {
      text = check.requireText("text", request.text(), 3, ANSWER_MAX);
    } else if (request.text() != null && !request.text().isBlank()) {
      text = check.requireText("text", request.text(), 3, ANSWER_MAX);
    }
    check.throwIfInvalid();
    Instant now = time.now();
    String step;
    if (mode == AnswerMode.AT_SESSION) {
      if (session.status() != SessionStatus.LIVE) {
        throw new DomainException.Conflict("error.session.not-live");
      }
      question.answeredAtSession(text, members.ensure(actor).displayName(), now);
      step = "answered";
    } else if (held) {
      question.answeredInWriting(text, members.ensure(actor).displayName(), now);
      step = "answered";
    } else {
      if (!session.status().takesQuestions()) {
        throw new DomainException.Conflict("error.session.not-open");
      }
      question.owedInWriting(text);
      step = null;
    }
    if (session.nowAnswering().filter(q -> q.equals(questionId)).isPresent()) {
      session.answering(null);
    }
    if (step != null) {
      notices.askerTold(question, step, NotificationKind.QUESTION_ANSWERED);
    }
    audit.record(actor, "session.answer", "session-question", questionId, mode.name());
    em.flush();
    return question;
  }

  /** During the live session: the question being answered now (shown on the public page). */
  @Transactional
  public PublicSession nowAnswering(Actor actor, long sessionId, long questionId) {
    SessionQuestion question = requireQuestion(sessionId, questionId, true);
    PublicSession session = question.session();
    service.requireRunner(actor, session.body());
    if (session.status() != SessionStatus.LIVE) {
      throw new DomainException.Conflict("error.session.not-live");
    }
    if (!question.status().awaiting()) {
      throw new DomainException.Conflict("error.session.question-settled", question.status());
    }
    session.answering(questionId);
    return session;
  }

  /** A moderator of the body hides a question (not on the public list), with a reason. */
  @Transactional
  public SessionQuestion hide(Actor actor, long sessionId, long questionId, ModerateRequest in) {
    SessionQuestion question = requireQuestion(sessionId, questionId, false);
    if (!staff.serves(actor, question.session().body(), StaffRole.MODERATOR)) {
      throw new DomainException.Forbidden("error.session.moderators-only");
    }
    Validation check = new Validation();
    String reason =
        check.requireText("reason", in == null ? null : in.reason(), 3, SessionService.REASON_MAX);
    check.throwIfInvalid();
    if (question.hidden()) {
      throw new DomainException.Conflict("error.session.question-hidden");
    }
    question.hide(reason);
    notices.questionHidden(question);
    audit.record(actor, "session.question.hide", "session-question", questionId, reason);
    return question;
  }

  /**
   * A moderator or official of the body merges a duplicate into the question it repeats: its
   * supporters and its asker support the kept one (once each, never the kept one's own asker).
   */
  @Transactional
  public SessionQuestion merge(Actor actor, long sessionId, long questionId, ModerateRequest in) {
    SessionQuestion duplicate = requireQuestion(sessionId, questionId, true);
    service.requireRunner(actor, duplicate.session().body());
    Validation check = new Validation();
    Long into = in == null ? null : in.into();
    if (into == null) {
      check.reject("into", "validation.required");
    } else if (into == questionId) {
      check.reject("into", "validation.session.merge-self");
    }
    check.throwIfInvalid();
    SessionQuestion kept =
        sessions
            .lockQuestion(into)
            .filter(q -> q.session().id() == sessionId && !q.hidden())
            .orElseThrow(() -> SessionService.invalid("into", "validation.session.merge-unknown"));
    if (!kept.status().awaiting()) {
      throw new DomainException.Conflict("error.session.question-settled", kept.status());
    }
    duplicate.mergeInto(kept);
    Set<Long> already = new HashSet<>();
    already.add(kept.asker().id());
    for (QuestionSupport support : sessions.supportsOf(kept)) {
      already.add(support.member().id());
    }
    Instant now = time.now();
    List<Member> carried = new java.util.ArrayList<>();
    carried.add(duplicate.asker());
    for (QuestionSupport support : sessions.supportsOf(duplicate)) {
      carried.add(support.member());
    }
    for (Member member : carried) {
      if (already.add(member.id())) {
        sessions.add(new QuestionSupport(kept, member, now));
        kept.supported();
      }
    }
    audit.record(actor, "session.question.merge", "session-question", questionId, "into " + into);
    em.flush();
    return kept;
  }

  /**
   * The asker makes their question, not answered at the held session, an appeal draft (the same
   * draft when asked again).
   */
  @Transactional
  public Escalation escalate(Actor actor, long sessionId, long questionId) {
    SessionQuestion question =
        sessions
            .lockQuestion(questionId)
            .filter(q -> q.session().id() == sessionId)
            .orElseThrow(() -> new DomainException.NotFound("error.session.question-not-found"));
    if (!question.asker().username().equals(actor.username())) {
      throw new DomainException.Forbidden("error.session.asker-only");
    }
    if (question.status() == QuestionStatus.BECAME_APPEAL) {
      return new Escalation(em.find(Appeal.class, question.appealId().orElseThrow()), false);
    }
    if (question.status() != QuestionStatus.ANSWER_IN_WRITING
        || question.writtenAnswerDue().isEmpty()) {
      throw new DomainException.Conflict("error.session.not-escalable");
    }
    Appeal appeal = toAppeal(question, actor.username(), NotificationKind.QUESTION_APPEAL_DRAFT);
    return new Escalation(appeal, true);
  }

  /**
   * Every question whose written answer is late becomes its asker's appeal draft (the scheduled job
   * calls this, one question per transaction); true when it did.
   */
  @Transactional
  public boolean escalateIfLate(long questionId) {
    Optional<SessionQuestion> found = sessions.lockQuestion(questionId);
    if (found.isEmpty()) {
      return false;
    }
    SessionQuestion question = found.get();
    if (question.status() != QuestionStatus.ANSWER_IN_WRITING
        || question.writtenAnswerDue().filter(d -> d.isBefore(time.today())).isEmpty()) {
      return false;
    }
    // late: the asker hears that the written answer is overdue and that it became their draft
    toAppeal(question, SYSTEM, NotificationKind.QUESTION_ANSWER_OVERDUE);
    return true;
  }

  /** The ids of the questions whose written answer is late. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> late() {
    return sessions.lateQuestions(time.today());
  }

  private Appeal toAppeal(SessionQuestion question, String actor, NotificationKind inApp) {
    PublicSession session = question.session();
    String when = DAY.format(ZonedDateTime.ofInstant(session.startsAt(), WorkingDayCalendar.ZONE));
    String subject = session.title() + " (" + when + ")";
    Appeal appeal =
        registration.draftFromSessionQuestion(
            new Appeal.SessionQuestionText(
                session.id(), question.category(), subject, question.text()),
            session.body(),
            question.asker(),
            actor);
    question.becameAppeal(appeal.id());
    notices.askerTold(question, "appeal", inApp);
    return appeal;
  }

  private SessionQuestion requireQuestion(long sessionId, long questionId, boolean visible) {
    return sessions
        .question(questionId)
        .filter(q -> q.session().id() == sessionId && !(visible && q.hidden()))
        .orElseThrow(() -> new DomainException.NotFound("error.session.question-not-found"));
  }
}
