package kz.kenes.forum.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;
import kz.kenes.sms.PhoneNumbers;

/**
 * Use cases of surveys and the annual leader rating, one transaction each. Staff of a body (its
 * officials, heads and moderators, or of a body above it) publish and close its surveys; members
 * answer once; operators and staff enter paper responses by the respondent's phone; everyone sees
 * results once a survey is closed, and free-text answers once a moderator of the body approved
 * them. A survey whose closing time passed is closed by the first use case that reads it.
 */
@ApplicationScoped
public class SurveyService {
  /** A body's list shows at most this many surveys, the newest. */
  public static final int LIST_MAX = 100;

  /** The moderation queue shows at most this many texts at a time. */
  public static final int QUEUE_MAX = 100;

  static final String STAFF_ONLY = "error.survey.staff-only";
  static final String PAPER_ONLY = "error.survey.paper-only";
  static final String MODERATORS_ONLY = "error.survey.moderators-only";

  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject StaffScopes scopes;
  @Inject SurveyRepository surveys;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Publishes a general survey of the body; 403 unless the actor is its staff. */
  @Transactional
  public Survey publish(Actor actor, String bodySlug, NewSurvey input) {
    Body body = bodies.requireBySlug(bodySlug);
    requireStaff(actor, body);
    Instant now = now();
    SurveyRules.Definition definition = SurveyRules.check(input, now);
    Survey survey =
        new Survey(
            body,
            SurveyKind.GENERAL,
            null,
            definition.title(),
            definition.opensAt(),
            definition.closesAt(),
            actor.username(),
            now);
    for (SurveyRules.Question q : definition.questions()) {
      survey.addQuestion(q.key(), q.type(), q.text(), q.optional(), q.options(), null, null);
    }
    surveys.add(survey);
    surveys.flush();
    audit.record(actor, "survey.publish", "survey", survey.id(), body.slug());
    return survey;
  }

  /**
   * Starts the body's leader rating of {@code year}: one 1-5 question per active leader and
   * criterion, every one optional (a resident may not know a deputy). 409 when the body has no
   * active leader or the year's rating exists.
   */
  @Transactional
  public Survey startLeaderRating(Actor actor, String bodySlug, Integer year, String closesAt) {
    Body body = bodies.requireBySlug(bodySlug);
    requireStaff(actor, body);
    Instant now = now();
    Validation check = new Validation();
    int thisYear = LocalDate.ofInstant(now, SurveyRules.ZONE).getYear();
    if (year == null) {
      check.reject("year", "validation.required");
    } else if (year < thisYear - 1 || year > thisYear + 1) {
      check.reject("year", "validation.survey.rating-year");
    }
    Instant[] window = SurveyRules.window(check, null, closesAt, now);
    check.throwIfInvalid();
    List<Leader> leaders = surveys.leaders(body).stream().filter(Leader::active).toList();
    if (leaders.isEmpty()) {
      throw new DomainException.Conflict("error.survey.no-leaders");
    }
    if (surveys.ratingOf(body, year).isPresent()) {
      throw new DomainException.Conflict("error.survey.rating-year-taken", String.valueOf(year));
    }
    Survey survey =
        new Survey(
            body,
            SurveyKind.LEADER_RATING,
            year,
            localized("survey.rating.title", String.valueOf(year)),
            window[0],
            window[1],
            actor.username(),
            now);
    for (Leader leader : leaders) {
      for (LeaderCriterion criterion : LeaderCriterion.values()) {
        survey.addQuestion(
            "leader-" + leader.id() + "-" + criterion.name().toLowerCase(java.util.Locale.ROOT),
            QuestionType.RATING,
            ratingQuestion(leader, criterion),
            true,
            List.of(),
            leader.id(),
            criterion);
      }
    }
    surveys.add(survey);
    try {
      surveys.flush();
    } catch (PersistenceException e) {
      throw new DomainException.Conflict("error.survey.rating-year-taken", String.valueOf(year));
    }
    audit.record(actor, "survey.rating.start", "survey", survey.id(), body.slug() + " " + year);
    return survey;
  }

  /** The survey with its questions and history (closed first when its time passed); 404. */
  @Transactional
  public Survey byId(long id) {
    Survey survey = require(id);
    closeIfDue(survey);
    survey.questions();
    survey.history();
    return survey;
  }

  /** A body's surveys, newest first (each closed first when its time passed). */
  @Transactional
  public List<Survey> forBody(String bodySlug) {
    Body body = bodies.requireBySlug(bodySlug);
    List<Survey> list = surveys.forBody(body, LIST_MAX);
    // due ones are locked in the job's order (by id), so that two closers never wait on each other
    list.stream().sorted(java.util.Comparator.comparing(Survey::id)).forEach(this::closeIfDue);
    return list;
  }

  /** Whether the actor took part already (online, or on paper with their verified phone). */
  @Transactional
  public boolean tookPart(Actor actor, long surveyId) {
    Optional<Member> member = members.findByUsername(actor.username());
    if (member.isPresent() && surveys.memberTookPart(surveyId, member.get().id())) {
      return true;
    }
    return actor.phone().flatMap(p -> surveys.phoneTookPart(surveyId, p)).isPresent();
  }

  /**
   * A member's own response: 409 when the survey is not taking answers, when they answered (or
   * their verified phone was entered on paper); 400 naming each bad answer. Responses to one survey
   * are serialized by a row lock, so of two concurrent responses of one member one wins.
   */
  @Transactional
  public void respond(Actor actor, long surveyId, Map<String, Object> answers) {
    Survey survey = lockOpen(surveyId);
    List<AnswerRules.Answer> checked = AnswerRules.check(survey.questions(), answers);
    Member member = members.ensure(actor);
    if (surveys.memberTookPart(surveyId, member.id())) {
      throw new DomainException.Conflict("error.survey.answered");
    }
    String phone = actor.phone().orElse(null);
    if (phone != null && surveys.phoneTookPart(surveyId, phone).isPresent()) {
      throw new DomainException.Conflict("error.survey.phone-answered");
    }
    store(
        survey,
        new SurveyParticipant(surveyId, member.id(), phone, SurveyChannel.ONLINE),
        SurveyChannel.ONLINE,
        checked);
  }

  /**
   * A paper response entered by an operator or staff of the body with the respondent's mobile
   * number: 409 when that number took part already (on paper or online). The number is kept only to
   * refuse a second response; the audit names it masked.
   */
  @Transactional
  public void enterPaper(Actor actor, long surveyId, String phone, Map<String, Object> answers) {
    Survey survey = lockOpen(surveyId);
    if (!scopes.serves(actor, survey.body(), StaffRole.OPERATOR)
        && !isStaff(actor, survey.body())) {
      throw new DomainException.Forbidden(PAPER_ONLY);
    }
    Optional<String> number = PhoneNumbers.kazakhMobile(phone);
    List<FieldError> errors = new ArrayList<>();
    if (number.isEmpty()) {
      errors.add(
          new FieldError(
              "phone",
              phone == null || phone.isBlank()
                  ? "validation.required"
                  : "validation.survey.phone"));
    }
    List<AnswerRules.Answer> checked = List.of();
    try {
      checked = AnswerRules.check(survey.questions(), answers);
    } catch (DomainException.InvalidInput invalid) {
      errors.addAll(invalid.errors());
    }
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors);
    }
    if (surveys.phoneTookPart(surveyId, number.get()).isPresent()) {
      throw new DomainException.Conflict("error.survey.phone-answered");
    }
    Long memberId = members.findByPhone(number.get()).map(Member::id).orElse(null);
    if (memberId != null && surveys.memberTookPart(surveyId, memberId)) {
      throw new DomainException.Conflict("error.survey.phone-answered");
    }
    store(
        survey,
        new SurveyParticipant(surveyId, memberId, number.get(), SurveyChannel.PAPER),
        SurveyChannel.PAPER,
        checked);
    audit.record(
        actor, "survey.paper-response", "survey", surveyId, PhoneNumbers.mask(number.get()));
  }

  private void store(
      Survey survey,
      SurveyParticipant participant,
      SurveyChannel channel,
      List<AnswerRules.Answer> checked) {
    surveys.add(participant);
    SurveyResponse response = new SurveyResponse(survey.id(), channel);
    surveys.add(response);
    for (AnswerRules.Answer a : checked) {
      long q = a.question().id();
      if (a.rating() != null) {
        surveys.add(SurveyAnswer.rating(response.id(), q, a.rating()));
      } else if (a.text() != null) {
        surveys.add(SurveyAnswer.text(response.id(), q, a.text()));
      } else {
        a.options().forEach(o -> surveys.add(SurveyAnswer.option(response.id(), q, o)));
      }
    }
    try {
      surveys.flush();
    } catch (PersistenceException e) {
      // the unique keys on (survey, member) and (survey, phone): a response that slipped past
      throw new DomainException.Conflict("error.survey.answered");
    }
  }

  /** Moves the survey (only OPEN → CLOSED); staff of the body; 400 for an unknown status. */
  @Transactional
  public Survey transition(Actor actor, long surveyId, String to, String reason) {
    Validation check = new Validation();
    SurveyStatus target = check.requireEnum("to", to, SurveyStatus.class);
    String why = reason == null ? null : kz.kenes.forum.platform.Text.line(reason).strip();
    if (why != null && why.length() > 500) {
      check.reject("reason", "validation.too-long");
    }
    Survey survey =
        surveys
            .lock(surveyId)
            .orElseThrow(() -> new DomainException.NotFound("error.survey.not-found"));
    requireStaff(actor, survey.body());
    check.throwIfInvalid();
    closeIfDue(survey);
    survey.transitionTo(target, actor.username(), why == null || why.isEmpty() ? null : why, now());
    if (target == SurveyStatus.CLOSED) {
      rateLeaders(survey);
    }
    audit.record(actor, "survey.transition", "survey", surveyId, target.name());
    survey.questions(); // the view renders after the transaction
    survey.history();
    return survey;
  }

  /** Closes every open survey whose closing time passed (the scheduled job); how many. */
  @Transactional
  public int closeDue() {
    List<Survey> due = surveys.due(now());
    due.forEach(this::closeIfDue);
    return due.size();
  }

  /** The results: 403 until the survey is closed, for everyone; then public. */
  @Transactional
  public SurveyResults results(long surveyId) {
    Survey survey = requireClosed(surveyId);
    return SurveyResults.of(
        survey.questions(),
        surveys.responsesByChannel(surveyId),
        surveys.tallies(surveyId),
        surveys.answeredByQuestion(surveyId),
        surveys.approvedTexts(surveyId));
  }

  /** The answers as CSV without identities: 403 until closed (see {@link SurveyCsv}). */
  @Transactional
  public String csv(long surveyId) {
    Survey survey = requireClosed(surveyId);
    return SurveyCsv.write(
        survey.questions(), surveys.responses(surveyId), surveys.answers(surveyId));
  }

  /** The free-text answers waiting for a moderator of the body; only once the survey closed. */
  @Transactional
  public List<SurveyAnswer> textsWaiting(Actor actor, long surveyId) {
    Survey survey = require(surveyId);
    requireModerator(actor, survey.body());
    closeIfDue(survey);
    if (survey.status() != SurveyStatus.CLOSED) {
      throw new DomainException.Conflict("error.survey.not-closed");
    }
    return surveys.textsWaiting(surveyId, QUEUE_MAX);
  }

  /** A moderator approves (shown in the results) or rejects a free-text answer. */
  @Transactional
  public void decideText(Actor actor, long surveyId, long answerId, String decision) {
    Validation check = new Validation();
    TextStatus status = check.requireEnum("decision", decision, TextStatus.class);
    if (status == TextStatus.PENDING) {
      check.reject("decision", "validation.unknown-value");
    }
    Survey survey = require(surveyId);
    requireModerator(actor, survey.body());
    check.throwIfInvalid();
    closeIfDue(survey);
    if (survey.status() != SurveyStatus.CLOSED) {
      throw new DomainException.Conflict("error.survey.not-closed");
    }
    SurveyAnswer answer =
        surveys
            .answer(surveyId, answerId)
            .filter(a -> a.text().isPresent())
            .orElseThrow(() -> new DomainException.NotFound("error.survey.text-not-found"));
    answer.decide(status, actor.username());
    audit.record(
        actor,
        "survey.text." + status.name().toLowerCase(java.util.Locale.ROOT),
        "survey_answer",
        answerId,
        "survey " + surveyId);
  }

  /** Whether the actor may publish and close the body's surveys (for pages; the server checks). */
  @Transactional
  public boolean isStaff(Actor actor, Body body) {
    return actor.has(Role.ADMIN)
        || scopes.serves(actor, body, StaffRole.OFFICIAL)
        || scopes.serves(actor, body, StaffRole.HEAD)
        || scopes.serves(actor, body, StaffRole.MODERATOR);
  }

  /** Whether the actor may enter paper responses for the body. */
  @Transactional
  public boolean mayEnterPaper(Actor actor, Body body) {
    return isStaff(actor, body) || scopes.serves(actor, body, StaffRole.OPERATOR);
  }

  /** Whether the actor moderates the body's free-text answers. */
  @Transactional
  public boolean isModerator(Actor actor, Body body) {
    return actor.has(Role.ADMIN) || scopes.serves(actor, body, StaffRole.MODERATOR);
  }

  /** The body whose survey forms the actor may open; 403 otherwise. */
  @Transactional
  public Body requireStaffOf(Actor actor, String bodySlug) {
    Body body = bodies.requireBySlug(bodySlug);
    requireStaff(actor, body);
    return body;
  }

  private void requireStaff(Actor actor, Body body) {
    if (!isStaff(actor, body)) {
      throw new DomainException.Forbidden(STAFF_ONLY);
    }
  }

  private void requireModerator(Actor actor, Body body) {
    if (!isModerator(actor, body)) {
      throw new DomainException.Forbidden(MODERATORS_ONLY);
    }
  }

  private Survey require(long id) {
    return surveys
        .find(id)
        .orElseThrow(() -> new DomainException.NotFound("error.survey.not-found"));
  }

  private Survey requireClosed(long id) {
    Survey survey = require(id);
    closeIfDue(survey);
    if (survey.status() != SurveyStatus.CLOSED) {
      throw new DomainException.Forbidden("error.survey.results-hidden");
    }
    return survey;
  }

  private Survey lockOpen(long id) {
    Survey survey =
        surveys.lock(id).orElseThrow(() -> new DomainException.NotFound("error.survey.not-found"));
    Instant now = now();
    closeIfDue(survey);
    if (survey.status() != SurveyStatus.OPEN) {
      throw new DomainException.Conflict("error.survey.closed");
    }
    if (!survey.isAnswerable(now)) {
      throw new DomainException.Conflict("error.survey.not-yet-open");
    }
    return survey;
  }

  /**
   * Closes an open survey whose closing time passed, as the schedule would have. Readers, the job
   * and a staff member may all arrive at the closing time at once (on any node): the survey is read
   * again under its row lock first, so that one of them closes it and writes its leader ratings,
   * and the others find it closed.
   */
  private void closeIfDue(Survey survey) {
    if (survey.isDue(now()) && surveys.lockAgain(survey).isDue(now())) {
      survey.transitionTo(
          SurveyStatus.CLOSED, SurveyStatusChange.SCHEDULE, null, survey.closesAt());
      rateLeaders(survey);
    }
  }

  /** A closed leader rating writes each rated leader's average of the year, once. */
  private void rateLeaders(Survey survey) {
    if (survey.kind() != SurveyKind.LEADER_RATING || survey.ratingYear().isEmpty()) {
      return;
    }
    int year = survey.ratingYear().get();
    Map<Long, Long> leaderOf = new HashMap<>();
    survey.questions().forEach(q -> q.leaderId().ifPresent(l -> leaderOf.put(q.id(), l)));
    Map<Long, long[]> sums = new HashMap<>(); // leader -> {sum, count}
    for (SurveyResults.Tally t : surveys.tallies(survey.id())) {
      Long leader = leaderOf.get(t.questionId());
      if (leader != null && t.rating() != null) {
        long[] s = sums.computeIfAbsent(leader, k -> new long[2]);
        s[0] += (long) t.rating() * t.count();
        s[1] += t.count();
      }
    }
    Map<Long, Long> responses = new HashMap<>();
    Map<Long, Long> answered = surveys.answeredByQuestion(survey.id());
    leaderOf.forEach((q, l) -> responses.merge(l, answered.getOrDefault(q, 0L), Math::max));
    sums.forEach(
        (leader, s) -> {
          if (s[1] > 0 && !surveys.rated(leader, year)) {
            double average = Math.round(s[0] * 100.0 / s[1]) / 100.0;
            surveys.add(
                new LeaderRating(
                    leader,
                    year,
                    average,
                    responses.getOrDefault(leader, 0L).intValue(),
                    survey.id()));
          }
        });
  }

  private static LocalizedText ratingQuestion(Leader leader, LeaderCriterion criterion) {
    String key = "survey.rating.criterion." + criterion.name();
    return new LocalizedText(
        leader.fullName()
            + " ("
            + leader.position().kk()
            + "): "
            + Messages.of(Language.KK).get(key),
        leader.fullName()
            + " ("
            + leader.position().ru()
            + "): "
            + Messages.of(Language.RU).get(key),
        leader.fullName()
            + " ("
            + leader.position().en()
            + "): "
            + Messages.of(Language.EN).get(key));
  }

  static LocalizedText localized(String key, Object... args) {
    return new LocalizedText(
        Messages.of(Language.KK).get(key, args),
        Messages.of(Language.RU).get(key, args),
        Messages.of(Language.EN).get(key, args));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
