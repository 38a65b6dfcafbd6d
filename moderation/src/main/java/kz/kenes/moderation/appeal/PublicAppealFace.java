package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import kz.kenes.forum.thread.ThreadAppeal;

/**
 * What the public sees of a registered appeal on its thread ({@link ThreadAppeal}: number and
 * status, searchable). An appeal taken at intake has no thread and so no public face.
 */
@ApplicationScoped
public class PublicAppealFace {
  @PersistenceContext EntityManager em;

  /** Shows a newly registered appeal on its thread, if it has one. */
  void show(Appeal appeal, Instant now) {
    if (appeal.thread() == null) {
      return;
    }
    em.persist(
        new ThreadAppeal(
            appeal.id(),
            appeal.thread(),
            appeal.body(),
            appeal.postId(),
            appeal.number().orElseThrow(),
            appeal.status().name(),
            now));
  }

  /** Keeps the public face in step with the appeal's status. */
  void update(Appeal appeal, Instant now) {
    ThreadAppeal shown = em.find(ThreadAppeal.class, appeal.id());
    if (shown != null) {
      shown.status(appeal.status().name(), now);
    }
  }
}
