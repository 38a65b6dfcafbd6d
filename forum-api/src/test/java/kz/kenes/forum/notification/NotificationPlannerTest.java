package kz.kenes.forum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import kz.kenes.forum.follow.FollowRepository;
import kz.kenes.forum.notification.NotificationRepository.PostFacts;
import kz.kenes.forum.notification.NotificationRepository.ThreadFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {
  private static final long THREAD = 10;
  private static final long BODY = 20;
  private static final long THREAD_AUTHOR = 1;

  private final NotificationPlanner planner = new NotificationPlanner();

  @BeforeEach
  void wire() {
    planner.notifications = mock(NotificationRepository.class);
    planner.follows = mock(FollowRepository.class);
    when(planner.notifications.thread(THREAD))
        .thenReturn(Optional.of(new ThreadFacts(THREAD, BODY, THREAD_AUTHOR)));
  }

  private void post(long id, int number, long author) {
    when(planner.notifications.post(id)).thenReturn(Optional.of(new PostFacts(number, author)));
  }

  @Test
  void aReplyReachesTheThreadsFollowersAndTheQuotedAuthorButNotItsOwnAuthor() {
    post(100, 5, 3);
    post(90, 2, 4);
    when(planner.follows.followersOfThread(THREAD)).thenReturn(List.of(THREAD_AUTHOR, 2L, 3L));

    assertThat(planner.recipients(new Occurrence(NotificationKind.REPLY, THREAD, 100L, 90L, null)))
        .containsExactlyInAnyOrder(THREAD_AUTHOR, 2L, 4L);
  }

  @Test
  void aQuotedAuthorWhoAlsoFollowsHearsOnce() {
    post(100, 5, 3);
    post(90, 2, 2);
    when(planner.follows.followersOfThread(THREAD)).thenReturn(List.of(2L, 5L));

    assertThat(planner.recipients(new Occurrence(NotificationKind.REPLY, THREAD, 100L, 90L, null)))
        .containsExactlyInAnyOrder(2L, 5L)
        .hasSize(2);
  }

  @Test
  void quotingOnesOwnPostNotifiesNobodyOfIt() {
    post(100, 5, 3);
    post(90, 2, 3);
    when(planner.follows.followersOfThread(THREAD)).thenReturn(List.of(3L));

    assertThat(planner.recipients(new Occurrence(NotificationKind.REPLY, THREAD, 100L, 90L, null)))
        .isEmpty();
  }

  @Test
  void theOpeningPostOfANewThreadIsNoReply() {
    post(100, 1, THREAD_AUTHOR);
    when(planner.follows.followersOfThread(THREAD)).thenReturn(List.of(THREAD_AUTHOR, 2L));

    assertThat(planner.recipients(new Occurrence(NotificationKind.REPLY, THREAD, 100L, null, null)))
        .isEmpty();
  }

  @Test
  void anOfficialAnswerReachesTheFollowersOfTheThreadAndOfItsBodyOnceEachButNotTheOfficial() {
    when(planner.notifications.answeringOfficial(THREAD)).thenReturn(Optional.of(9L));
    when(planner.follows.followersOfThread(THREAD)).thenReturn(List.of(THREAD_AUTHOR, 2L, 9L));
    when(planner.follows.followersOfBody(BODY)).thenReturn(List.of(2L, 5L, 9L));

    assertThat(
            planner.recipients(
                new Occurrence(NotificationKind.OFFICIAL_ANSWER, THREAD, 77L, null, null)))
        .containsExactlyInAnyOrder(THREAD_AUTHOR, 2L, 5L);
  }

  @Test
  void aReachedThresholdReachesTheProposalsAuthorOnly() {
    when(planner.follows.followersOfThread(THREAD)).thenReturn(List.of(THREAD_AUTHOR, 2L));

    assertThat(
            planner.recipients(
                new Occurrence(NotificationKind.THRESHOLD_REACHED, THREAD, null, null, null)))
        .containsExactly(THREAD_AUTHOR);
  }

  @Test
  void aConfirmedInformationCardReachesTheThreadsFollowersButNotTheOfficialWhoAttachedIt() {
    when(planner.follows.followersOfThread(THREAD)).thenReturn(List.of(THREAD_AUTHOR, 8L));
    when(planner.notifications.memberId("official")).thenReturn(Optional.of(8L));

    assertThat(planner.recipients(Occurrence.claimReview(THREAD, 55L, "official")))
        .containsExactly(THREAD_AUTHOR);
  }

  @Test
  void aThreadThatIsGoneNotifiesNobody() {
    when(planner.notifications.thread(404L)).thenReturn(Optional.empty());

    assertThat(
            planner.recipients(
                new Occurrence(NotificationKind.THRESHOLD_REACHED, 404L, null, null, null)))
        .isEmpty();
  }
}
