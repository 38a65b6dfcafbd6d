package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.notification.api.NotificationView;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.platform.Role;
import kz.kenes.moderation.monitoring.DigestSender;
import kz.kenes.moderation.monitoring.MonitoringWeek;
import org.junit.jupiter.api.Test;

/**
 * The weekly monitoring digest reaches the body's heads and officials in the app (issue 16): one
 * notification each, linking to the monitoring page of that week, written in the digest's
 * transaction and never twice for the same body and week; the body's moderator gets none. In the
 * container: JUnit's assertions, as the WAR carries no AssertJ.
 */
@KenesIT(inContainer = true)
class WeeklyDigestIT {
  private static final String DISTRICT = "aktogay-district-akimat";

  /** The demo's official: an official and the head of the district. */
  private static final Actor OFFICIAL =
      new Actor("official", "Серік Әбдірахманов", Set.of(Role.RESIDENT, Role.OFFICIAL));

  private static final Actor MODERATOR =
      new Actor("moderator", "Moderator", Set.of(Role.RESIDENT, Role.MODERATOR));

  @Inject DigestSender digests;
  @Inject BodyRepository bodies;
  @Inject NotificationService notifications;
  @Inject PageLinks links;
  @jakarta.annotation.Resource UserTransaction tx;

  /** The actor's digests as the notifications page and API show them. */
  private List<NotificationView> digestsOf(Actor actor) throws Exception {
    tx.begin();
    try {
      return notifications.mine(actor, null, NotificationService.LIST_MAX).stream()
          .filter(n -> n.kind() == NotificationKind.MONITORING_DIGEST)
          .map(n -> NotificationView.of(n, links))
          .toList();
    } finally {
      tx.rollback();
    }
  }

  @Test
  void theHeadsAndOfficialsFindTheWeeksDigestInTheAppOnceLinkingToThatWeeksMonitoring()
      throws Exception {
    // this week: the job sends only weeks that have ended, so no digest of it exists yet
    MonitoringWeek week = MonitoringWeek.of(Instant.now());
    long district = bodies.requireBySlug(DISTRICT).id();
    int before = digestsOf(OFFICIAL).size();

    assertEquals(1, digests.send(district, week), "the official, head and official at once");

    List<NotificationView> told = digestsOf(OFFICIAL);
    assertEquals(before + 1, told.size());
    NotificationView view = told.get(0);
    assertTrue(
        view.link().endsWith("/bodies/" + DISTRICT + "/monitoring?week=" + week),
        "links to the week's monitoring page: " + view.link());
    assertTrue(view.title().contains(week.toString()), view.title());
    assertEquals(DISTRICT, view.bodySlug());
    assertEquals(null, view.threadId());
    assertTrue(digestsOf(MODERATOR).isEmpty(), "the moderator is not told");

    // a second run (or a second node) sends nothing
    assertEquals(0, digests.send(district, week));
    assertEquals(before + 1, digestsOf(OFFICIAL).size());
  }
}
