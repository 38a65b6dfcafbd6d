package kz.kenes.moderation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.notification.Notification;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.PageLinks;

/**
 * Writes one body's weekly digest: the (body, week) row that makes it once, an in-app notification
 * for each of its heads and officials linking to the monitoring page of that week, and the heads'
 * email and SMS in the outbox, all in one transaction. Figures only; no applicant's data.
 */
@ApplicationScoped
public class DigestSender {
  @PersistenceContext EntityManager em;
  @Inject MonitoringService monitoring;
  @Inject Outbox outbox;
  @Inject PageLinks links;
  @Inject NotificationService notifications;
  @Inject Clock clock;

  /** Who gets the digest: the heads and the officials of the body. */
  static final List<StaffRole> TOLD = List.of(StaffRole.HEAD, StaffRole.OFFICIAL);

  /** The bodies that have a head or an official and existed before {@code week} ended. */
  @Transactional
  public List<Long> headedBodies(MonitoringWeek week) {
    return em.createQuery(
            "select distinct s.body.id from StaffAssignment s where s.role in :r"
                + " and s.body.createdAt < :end order by 1",
            Long.class)
        .setParameter("r", TOLD)
        .setParameter("end", week.end())
        .getResultList();
  }

  /**
   * Sends the digest of {@code week} for the body unless it was sent; returns the members told
   * (heads and officials).
   */
  @Transactional
  public int send(long bodyId, MonitoringWeek week) {
    int claimed =
        em.createNativeQuery(
                "insert into monitoring_digest (body_id, week, sent_at) select ?1, ?2, ?3"
                    + " where not exists (select 1 from monitoring_digest"
                    + " where body_id = ?1 and week = ?2)")
            .setParameter(1, bodyId)
            .setParameter(2, week.toString())
            .setParameter(3, Instant.now(clock))
            .executeUpdate();
    if (claimed == 0) {
      return 0;
    }
    Body body = em.find(Body.class, bodyId);
    MonitoringReport report = monitoring.report(Optional.empty(), body.slug(), week.toString());
    List<Member> heads = staff(bodyId, List.of(StaffRole.HEAD));
    List<Member> told = staff(bodyId, TOLD);
    Messages text = Messages.of(Language.DEFAULT);
    String link = links.body(body.slug(), null) + "/monitoring?week=" + week;
    notifications.tell(
        NotificationKind.MONITORING_DIGEST,
        new Notification.Target(week + " · " + body.name().in(Language.DEFAULT), link, body),
        null,
        told);
    var t = report.totals();
    var s = report.satisfaction();
    for (Member head : heads) {
      if (head.wantsEmail() && head.email().isPresent()) {
        outbox.email(
            head.email().get(),
            text.get("digest.subject", week.toString(), body.name().in(Language.DEFAULT)),
            text.get(
                "digest.body",
                week.toString(),
                t.registered(),
                t.answered(),
                t.answeredOnTime(),
                t.overdue(),
                t.redirected(),
                s.satisfied(),
                s.asked(),
                report.awaitingResponsePastDue(),
                link));
      }
      if (head.wantsSms() && head.phone().isPresent()) {
        String line =
            text.get("digest.sms", week.toString(), t.registered(), t.answered(), t.overdue());
        outbox.sms(
            head.phone().get(),
            line.length() > 134 ? line.substring(0, 134) : line,
            Urgency.DAYTIME);
      }
    }
    return told.size();
  }

  private List<Member> staff(long bodyId, List<StaffRole> roles) {
    return em.createQuery(
            "select distinct s.member from StaffAssignment s where s.body.id = :b and s.role in :r",
            Member.class)
        .setParameter("b", bodyId)
        .setParameter("r", roles)
        .getResultList();
  }
}
