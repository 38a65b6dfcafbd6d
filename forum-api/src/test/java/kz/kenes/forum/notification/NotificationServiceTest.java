package kz.kenes.forum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.OfficialAnswerPublished;
import kz.kenes.forum.thread.PostPublished;
import kz.kenes.forum.thread.ProposalReachedThreshold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {
  private static final Actor RESIDENT = new Actor("resident", "Айгерім", Set.of(Role.RESIDENT));

  private final NotificationService service = new NotificationService();
  private final NotificationChannel failing = mock(NotificationChannel.class);
  private final NotificationChannel working = mock(NotificationChannel.class);
  private final List<Notification> batch = List.of(new Notification(), new Notification());

  @BeforeEach
  void wire() {
    service.planner = mock(NotificationPlanner.class);
    service.notifications = mock(NotificationRepository.class);
    service.members = mock(MemberRepository.class);
    service.clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    service.channels = List.of(failing, working);
    when(failing.name()).thenReturn("failing");
    doThrow(new IllegalStateException("smtp down: resident@example.kz"))
        .when(failing)
        .deliver(any());
  }

  @Test
  void aFailingChannelDoesNotStopTheOthers() {
    when(service.planner.plan(any())).thenReturn(batch);

    List<LogRecord> logged =
        logged(
            () ->
                assertThatCode(
                        () -> service.onPostPublished(new PostPublished(1, 2, "akzhol", null)))
                    .doesNotThrowAnyException());

    verify(failing).deliver(batch);
    verify(working).deliver(batch);
    assertThat(logged)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getMessage()).startsWith("KENES-0602").doesNotContain("@example.kz");
              assertThat(r.getThrown()).as("no exception message in the log").isNull();
            });
  }

  /** What the service logs while {@code action} runs. */
  private static List<LogRecord> logged(Runnable action) {
    Logger logger = Logger.getLogger("kz.kenes.forum"); // ForumLog's category
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      action.run();
    } finally {
      logger.removeHandler(handler);
    }
    return records;
  }

  @Test
  void aFailureToPlanNeverReachesTheUsersAction() {
    when(service.planner.plan(any())).thenThrow(new IllegalStateException("database down"));

    assertThatCode(
            () ->
                service.onProposalReachedThreshold(
                    new ProposalReachedThreshold(1, "akzhol", 25, Instant.EPOCH)))
        .doesNotThrowAnyException();

    verify(working, never()).deliver(any());
  }

  @Test
  void nobodyToNotifyTroublesNoChannel() {
    when(service.planner.plan(any())).thenReturn(List.of());

    service.onPostPublished(new PostPublished(1, 2, "akzhol", null));

    verify(working, never()).deliver(any());
    verify(failing, never()).deliver(any());
  }

  @Test
  void eachEventIsPlannedAsItsKindWithItsIds() {
    when(service.planner.plan(any())).thenReturn(List.of());

    service.onPostPublished(new PostPublished(1, 2, "akzhol", 3L));
    service.onOfficialAnswerPublished(new OfficialAnswerPublished(4, 5, "akzhol", 1));
    service.onProposalReachedThreshold(
        new ProposalReachedThreshold(6, "akzhol", 25, Instant.EPOCH));

    verify(service.planner).plan(new Occurrence(NotificationKind.REPLY, 1, 2L, 3L, null));
    verify(service.planner)
        .plan(new Occurrence(NotificationKind.OFFICIAL_ANSWER, 4, 5L, null, null));
    verify(service.planner)
        .plan(new Occurrence(NotificationKind.THRESHOLD_REACHED, 6, null, null, null));
  }

  @Test
  void aRevisedOfficialAnswerNotifiesNobody() {
    service.onOfficialAnswerPublished(new OfficialAnswerPublished(4, 5, "akzhol", 2));

    verifyNoInteractions(service.planner);
  }

  @Test
  void aNoticeWithoutAThreadReachesEveryChannelOncePerMember() {
    Member aigerim = new Member("resident", "Айгерім", Instant.EPOCH);
    Member arman = new Member("resident2", "Арман", Instant.EPOCH);
    var target =
        new Notification.Target("Есепті кездесу", "https://kenes.example.kz/sessions/7", null);
    List<List<Notification>> delivered = new CopyOnWriteArrayList<>();
    org.mockito.Mockito.doAnswer(call -> delivered.add(call.getArgument(0)))
        .when(working)
        .deliver(any());

    assertThatCode(
            () ->
                service.tell(
                    NotificationKind.SESSION_OPEN, target, 7L, List.of(aigerim, arman, aigerim)))
        .doesNotThrowAnyException();

    verify(failing).deliver(any());
    assertThat(delivered)
        .singleElement()
        .satisfies(
            batch -> {
              assertThat(batch).extracting(Notification::recipient).containsExactly(aigerim, arman);
              assertThat(batch)
                  .allSatisfy(
                      n -> {
                        assertThat(n.kind()).isEqualTo(NotificationKind.SESSION_OPEN);
                        assertThat(n.onThread()).isEmpty();
                        assertThat(n.title()).isEqualTo("Есепті кездесу");
                        assertThat(n.link()).contains("https://kenes.example.kz/sessions/7");
                        assertThat(n.subjectId()).contains(7L);
                        assertThat(n.createdAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
                      });
            });
  }

  @Test
  void aNoticeToNobodyTroublesNoChannel() {
    service.tell(
        NotificationKind.SESSION_CANCELLED,
        new Notification.Target("t", "https://kenes.example.kz/sessions/7", null),
        null,
        List.of());

    verifyNoInteractions(failing, working);
  }

  @Test
  void anotherMembersNotificationIsNotFound() {
    Member me = new Member("resident", "Айгерім", Instant.EPOCH);
    when(service.members.ensure(RESIDENT)).thenReturn(me);
    when(service.notifications.find(42, me)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.markRead(RESIDENT, 42))
        .isInstanceOfSatisfying(
            DomainException.NotFound.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.notification.not-found"));
  }

  @Test
  void theListRejectsABadLimitAndABadUnreadFlagTogether() {
    assertThatThrownBy(() -> service.mine(RESIDENT, "yes", 0))
        .isInstanceOfSatisfying(
            DomainException.InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .containsExactlyInAnyOrder(
                        new FieldError("limit", "validation.limit"),
                        new FieldError("unread", "validation.unknown-value")));
    verifyNoInteractions(service.notifications);
  }

  @Test
  void theUnreadFlagAndTheDefaultLimitReachTheQuery() {
    service.mine(RESIDENT, "true", null);
    service.mine(RESIDENT, null, 5);

    verify(service.notifications).of("resident", true, NotificationService.LIST_DEFAULT);
    verify(service.notifications).of("resident", false, 5);
  }
}
