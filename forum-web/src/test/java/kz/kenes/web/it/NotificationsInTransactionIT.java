package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.kenes.forum.follow.FollowService;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadService;
import org.junit.jupiter.api.Test;

/**
 * A thread's notifications are written in the transaction of the action that causes them: an
 * official answer or a reply that rolls back leaves no in-app notification and no outbox message;
 * the same action committed leaves exactly one of each for the follower. (Before, they were written
 * in a transaction of their own after the commit, and a crash in between lost them.) In the
 * container: JUnit's assertions, as the WAR carries no AssertJ.
 */
@KenesIT(inContainer = true)
class NotificationsInTransactionIT {
  private static final String BODY = "akzhol-rural-district";
  private static final Actor OFFICIAL =
      new Actor("official", "Серік Әбдірахманов", Set.of(Role.RESIDENT, Role.OFFICIAL));

  @Inject ThreadService threads;
  @Inject FollowService follows;
  @Inject MemberRepository members;
  @PersistenceContext EntityManager em;
  @jakarta.annotation.Resource UserTransaction tx;

  @Test
  void anOfficialAnswerThatRollsBackWritesNoNoticeAndOneThatCommitsWritesExactlyOne()
      throws Exception {
    Follower follower = followerWithAnswerSms();
    long threadId = threadFollowedBy(follower);

    tx.begin();
    threads.answer(OFFICIAL, threadId, "Жол көктемде жөнделеді.");
    em.flush();
    assertEquals(1, notices(follower), "written inside the answer's transaction");
    assertEquals(1, sms(follower), "written inside the answer's transaction");
    tx.rollback();

    assertEquals(0, notices(follower), "in-app notices after a rollback");
    assertEquals(0, sms(follower), "outbox SMS after a rollback");

    threads.answer(OFFICIAL, threadId, "Жол көктемде жөнделеді.");

    assertEquals(1, notices(follower), "in-app notices after the commit");
    assertEquals(1, sms(follower), "outbox SMS after the commit");
  }

  @Test
  void aReplyThatRollsBackNotifiesNobody() throws Exception {
    Follower follower = followerWithAnswerSms();
    long threadId = threadFollowedBy(follower);
    Actor replier = resident();

    tx.begin();
    threads.reply(replier, threadId, "Менің де көшемде солай.", null);
    em.flush();
    tx.rollback();
    assertEquals(0, notices(follower));

    threads.reply(replier, threadId, "Менің де көшемде солай.", null);
    assertEquals(1, notices(follower));
    assertEquals(0, sms(follower), "a reply sends no SMS");
  }

  private record Follower(Actor actor, String phone) {}

  /**
   * A fresh member with a verified number of their own (in their token, as the sign-in gives it:
   * every action takes the member's number from the token) who chose SMS of official answers.
   */
  private Follower followerWithAnswerSms() throws Exception {
    String phone = "+7705" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    Actor actor =
        new Actor(
            "it-notice-" + UUID.randomUUID().toString().substring(0, 8),
            "Notice Resident",
            Set.of(Role.RESIDENT),
            null,
            phone);
    tx.begin();
    members.ensure(actor).choose(new Member.ChannelChoices(true, true, true));
    tx.commit();
    return new Follower(actor, phone);
  }

  private long threadFollowedBy(Follower follower) {
    long threadId =
        threads
            .open(
                resident(),
                BODY,
                new NewThread("QUESTION", "Жол қашан жөнделеді?", "Көшеміз ойық.", "ROADS"))
            .thread()
            .id();
    follows.followThread(follower.actor(), threadId);
    return threadId;
  }

  private long notices(Follower follower) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient.username = :u", Long.class)
        .setParameter("u", follower.actor().username())
        .getSingleResult();
  }

  private long sms(Follower follower) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from outbox_message where channel = 'SMS' and recipient = ?")
                .setParameter(1, follower.phone())
                .getSingleResult())
        .longValue();
  }

  private static Actor resident() {
    return new Actor(
        "it-notice-" + UUID.randomUUID().toString().substring(0, 8),
        "Notice Resident",
        Set.of(Role.RESIDENT));
  }
}
