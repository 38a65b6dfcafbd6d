package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.Scope;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.Category;
import kz.kenes.moderation.calendar.WorkingDayCalendar;
import kz.kenes.sms.PhoneNumbers;

/**
 * Assisted intake: an operator of a body (reception desk, call centre) registers an appeal that a
 * resident brought orally, by phone, on paper or in a social network. It gets its number and
 * deadline at once and follows the same life cycle as any appeal; the resident is told by SMS, and
 * the appeal belongs to the member whose verified phone it is (now, or when they sign in).
 */
@ApplicationScoped
public class IntakeService {
  public static final int SOURCE_URL_MAX = 2_000;

  @Inject AppealRepository appeals;
  @Inject AppealNumbering numbering;
  @Inject AppealClaims claims;
  @Inject AppealTime time;
  @Inject StaffScopes staff;
  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject AuditLog audit;

  /**
   * Registers an appeal for a resident. 403 for anyone who is not an operator of the body (or of a
   * body above it); 400 naming each bad field ({@code phone}, {@code iin}, …).
   */
  @Transactional
  public Appeal register(Actor operator, IntakeRequest request) {
    requireOperator(operator);
    IntakeRequest r = request == null ? IntakeRequest.EMPTY : request;
    Validation check = new Validation();
    String slug = check.requireText("body", r.body(), 1, 80);
    AppealChannel channel = check.requireEnum("channel", r.channel(), AppealChannel.class);
    if (channel != null && !channel.intake()) {
      check.reject("channel", "validation.appeal.channel");
    }
    String phone = phone(check, r.phone());
    ApplicantForm form = ApplicantForm.read(check, r.fullName(), r.iin(), r.address());
    String subject = check.requireLine("subject", r.subject(), 3, Appeal.SUBJECT_MAX);
    String text =
        check.requireText("text", r.text(), AppealCommands.TEXT_MIN, AppealCommands.TEXT_MAX);
    Category category = check.requireEnum("category", r.category(), Category.class);
    String source = sourceUrl(check, r.sourceUrl());
    check.throwIfInvalid();
    Body body =
        bodies
            .findBySlug(slug)
            .orElseThrow(
                () ->
                    new DomainException.InvalidInput(
                        List.of(new FieldError("body", "validation.appeal.body"))));
    if (!staff.serves(operator, body, StaffRole.OPERATOR)) {
      throw new DomainException.Forbidden("error.appeal.operators-only");
    }
    Member applicant = members.findByPhone(phone).orElse(null);
    Instant now = time.now();
    Appeal appeal =
        Appeal.taken(
            new Appeal.Intake(channel, category, subject, text, source),
            body,
            applicant,
            operator.username(),
            now);
    appeals.add(appeal);
    appeals.add(appeal.drafted(operator.username(), now));
    appeals.add(form.withPhone(phone).of(appeal.id()));
    numbering.register(appeal, operator.username(), now);
    audit.record(
        operator,
        "appeal.intake",
        "appeal",
        appeal.id(),
        channel.name() + " " + PhoneNumbers.mask(phone) + " " + appeal.number().orElseThrow());
    if (applicant != null) {
      claims.audit(applicant.username(), appeal, phone);
    }
    return appeal;
  }

  /** Today's intake (Kazakhstan's date) of the bodies the operator serves, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Appeal> today(Actor operator) {
    requireOperator(operator);
    Scope scope = staff.scope(operator, StaffRole.OPERATOR);
    if (scope.isEmpty()) {
      return List.of();
    }
    Instant midnight = time.today().atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    return appeals.takenSince(scope, midnight);
  }

  private static void requireOperator(Actor actor) {
    if (!actor.has(Role.OPERATOR) && !actor.has(Role.ADMIN)) {
      throw new DomainException.Forbidden("error.appeal.operators-only");
    }
  }

  private static String phone(Validation check, String text) {
    if (text == null || text.isBlank()) {
      check.reject("phone", "validation.required");
      return null;
    }
    String e164 = PhoneNumbers.kazakhMobile(text).orElse(null);
    if (e164 == null) {
      check.reject("phone", "validation.phone");
    }
    return e164;
  }

  private static String sourceUrl(Validation check, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String url = text.strip();
    boolean web;
    try {
      URI uri = new URI(url);
      web =
          ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
              && uri.getHost() != null;
    } catch (URISyntaxException e) {
      web = false;
    }
    if (!web || url.length() > SOURCE_URL_MAX) {
      check.reject("sourceUrl", "validation.appeal.source-url");
      return null;
    }
    return url;
  }
}
