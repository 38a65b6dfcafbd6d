package kz.kenes.forum.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.content.ContentCooker;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffAssignment;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.Thread;
import kz.kenes.forum.thread.ThreadRepository;

/**
 * Use cases of confirmed information cards: one transaction each. Officials publish cards for the
 * bodies they serve and attach them to threads of those bodies; everyone reads them. Reads fetch
 * everything a view shows, since pages render after the transaction.
 */
@ApplicationScoped
public class ClaimReviewService {
  /** A body's list shows at most this many cards, the newest. */
  public static final int LIST_MAX = 100;

  static final String OFFICIALS_ONLY = "error.claim.officials-only";

  @Inject jakarta.enterprise.event.Event<ClaimReviewAttached> attached;
  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject StaffService staff;
  @Inject ThreadRepository threads;
  @Inject ClaimReviewRepository cards;
  @Inject ContentCooker cooker;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Publishes a card for a body the actor serves as an official (or a body beneath it). */
  @Transactional
  public ClaimReview publish(Actor actor, String bodySlug, NewClaimReview input) {
    requireOfficialRole(actor);
    Validation check = new Validation();
    String claim =
        check.requireText("claim", input.claim(), ClaimReview.CLAIM_MIN, ClaimReview.CLAIM_MAX);
    ClaimVerdict verdict = check.requireEnum("verdict", input.verdict(), ClaimVerdict.class);
    String raw =
        check.requireText(
            "explanation",
            input.explanation(),
            ClaimReview.EXPLANATION_MIN,
            ClaimReview.EXPLANATION_MAX);
    List<String> evidence = evidence(check, input.evidence());
    check.throwIfInvalid();

    Body body = bodies.requireBySlug(bodySlug);
    // serves(actor, body, OFFICIAL), keeping the assignment (on the body or the nearest one above)
    StaffAssignment served =
        staff
            .assignmentFor(actor, body, StaffRole.OFFICIAL)
            .orElseThrow(() -> new DomainException.Forbidden(OFFICIALS_ONLY));
    Member official = members.ensure(actor);
    String position = served.position();
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    ClaimReview card =
        new ClaimReview(
            body, claim, verdict, raw, cooker.cook(raw), evidence, official, position, now);
    cards.add(card);
    audit.record(actor, "claim.publish", "claim_review", card.id(), body.slug() + " " + verdict);
    return card;
  }

  /**
   * Attaches a card to a thread of a body the actor serves as an official; attaching it again
   * changes nothing ({@link Attachment#created()} is then false).
   */
  @Transactional
  public Attachment attach(Actor actor, long threadId, long cardId) {
    requireOfficialRole(actor);
    Thread thread =
        threads
            .find(threadId)
            .orElseThrow(() -> new DomainException.NotFound("error.thread.not-found"));
    ClaimReview card = byId(cardId);
    if (!staff.serves(actor, thread.body(), StaffRole.OFFICIAL)) {
      throw new DomainException.Forbidden(OFFICIALS_ONLY);
    }
    if (cards.isAttached(threadId, cardId)) {
      return new Attachment(card, false);
    }
    thread.cardAttached();
    cards.attach(
        card.attachTo(
            threadId, actor.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    audit.record(actor, "claim.attach", "thread", threadId, "claim_review " + cardId);
    attached.fire(new ClaimReviewAttached(threadId, cardId, actor.username()));
    return new Attachment(card, true);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ClaimReview byId(long id) {
    return cards.find(id).orElseThrow(() -> new DomainException.NotFound("error.claim.not-found"));
  }

  /** The cards attached to a thread, newest first (no query when none is attached). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimReview> forThread(Thread thread) {
    return thread.cardCount() == 0 ? List.of() : cards.forThread(thread.id());
  }

  /** A body's own cards, newest first, at most {@link #LIST_MAX}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimReview> forBody(Body body) {
    return cards.forBody(body, LIST_MAX);
  }

  /** A body's own cards by its slug, newest first; 404 for an unknown body. */
  /** The body whose card form the actor may open: an official serving it; otherwise 403. */
  @Transactional
  public Body requirePublisher(Actor actor, String bodySlug) {
    requireOfficialRole(actor);
    Body body = bodies.requireBySlug(bodySlug);
    if (!staff.serves(actor, body, StaffRole.OFFICIAL)) {
      throw new DomainException.Forbidden(OFFICIALS_ONLY);
    }
    return body;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimReview> forBody(String bodySlug) {
    return forBody(bodies.requireBySlug(bodySlug));
  }

  private static void requireOfficialRole(Actor actor) {
    if (!actor.has(Role.OFFICIAL)) {
      throw new DomainException.Forbidden(OFFICIALS_ONLY);
    }
  }

  private static List<String> evidence(Validation check, List<String> links) {
    if (links == null) {
      return List.of();
    }
    if (links.size() > ClaimReview.EVIDENCE_MAX) {
      check.reject("evidence", "validation.claim.evidence-count");
      return List.of();
    }
    List<String> kept = new ArrayList<>(links.size());
    for (String link : links) {
      String url = link == null ? null : link.strip();
      if (!ClaimReview.isEvidenceUrl(url)) {
        check.reject("evidence", "validation.claim.evidence-url");
        return List.of();
      }
      kept.add(url);
    }
    return List.copyOf(kept);
  }
}
