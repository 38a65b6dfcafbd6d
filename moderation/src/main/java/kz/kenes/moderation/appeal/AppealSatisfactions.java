package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Validation;

/**
 * "Was your problem solved?": asked once of the applicant when the appeal is answered (in the
 * cabinet, and through the link of the answer's email and SMS). One answer per appeal; the
 * monitoring counts it in the week it is given. A "no" does not stop a complaint to the higher
 * body.
 */
@ApplicationScoped
public class AppealSatisfactions {
  public static final int COMMENT_MAX = 1000;

  @PersistenceContext EntityManager em;
  @Inject AppealAccess access;
  @Inject AppealTime time;
  @Inject AuditLog audit;
  @Inject Event<AppealSatisfied> satisfied;

  /** The applicant's answer, if given. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Satisfaction> of(long appealId) {
    return em.createNativeQuery("select answer from appeal_satisfaction where appeal_id = ?1")
        .setParameter(1, appealId)
        .getResultStream()
        .findFirst()
        .map(a -> Satisfaction.valueOf(a.toString()));
  }

  /** Whether the applicant may still be asked: answered (or closed) and not yet told. */
  public boolean askable(Appeal appeal) {
    return answered(appeal) && of(appeal.id()).isEmpty();
  }

  /**
   * The applicant answers; 403 for anyone else, 409 before the appeal is answered and on a second
   * answer.
   */
  @Transactional
  public Satisfaction answer(Actor actor, long appealId, String answerText, String commentText) {
    Validation check = new Validation();
    Satisfaction answer = check.requireEnum("answer", answerText, Satisfaction.class);
    String comment =
        commentText == null || commentText.isBlank()
            ? null
            : check.requireText("comment", commentText, 1, COMMENT_MAX);
    check.throwIfInvalid();
    Appeal appeal = access.requireApplicant(actor, appealId);
    em.lock(appeal, LockModeType.PESSIMISTIC_WRITE);
    if (!answered(appeal)) {
      throw new DomainException.Conflict("error.appeal.not-answered");
    }
    if (of(appealId).isPresent()) {
      throw new DomainException.Conflict("error.appeal.satisfaction-given");
    }
    Instant now = time.now();
    em.createNativeQuery(
            "insert into appeal_satisfaction (appeal_id, answer, answer_comment, answered_at)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, appealId)
        .setParameter(2, answer.name())
        .setParameter(3, comment)
        .setParameter(4, now)
        .executeUpdate();
    satisfied.fire(
        new AppealSatisfied(
            appealId, appeal.body().id(), appeal.category(), appeal.channel(), answer, now));
    audit.record(actor, "appeal.satisfaction", "appeal", appealId, answer.name());
    return answer;
  }

  private static boolean answered(Appeal appeal) {
    return appeal.status() == AppealStatus.ANSWERED || appeal.status() == AppealStatus.CLOSED;
  }
}
