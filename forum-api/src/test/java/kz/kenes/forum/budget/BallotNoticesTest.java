package kz.kenes.forum.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.notification.Notification;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Who hears of a ballot, by which channel, and that the notice says exactly what was chosen. */
class BallotNoticesTest {
  static final Instant NOW = Instant.parse("2030-05-01T08:00:00Z");
  static final String PHONE = "+77051234567";

  BallotNotices notices;
  Budget budget;
  BudgetProject lights;
  BudgetProject playground;

  @BeforeEach
  void notices() throws Exception {
    notices = new BallotNotices();
    notices.notifications = mock(NotificationService.class);
    notices.members = mock(MemberRepository.class);
    notices.outbox = mock(Outbox.class);
    notices.links = mock(PageLinks.class);
    when(notices.links.budget(anyLong())).thenReturn("https://kenes.example/budgets/7");
    when(notices.links.budgetBallot(anyLong()))
        .thenReturn("https://kenes.example/budgets/7/ballot");
    budget = withId(Budget.class, BudgetStatusTest.budgetIn(BudgetStatus.VOTING), 7L);
    lights = project("Көше шамдары", 6_000_000, 11L);
    playground = project("Балалар алаңы", 5_000_000, 12L);
  }

  private BudgetProject project(String title, long cost, long id) throws Exception {
    BudgetProject project =
        new BudgetProject(budget, 1, "resident", title, "Сипаттама", "Ақтоғай", cost, NOW);
    project.markFeasible(cost);
    return withId(BudgetProject.class, project, id);
  }

  private static <T> T withId(Class<T> type, T entity, long id) throws Exception {
    Field field = type.getDeclaredField("id");
    field.setAccessible(true);
    field.set(entity, id);
    return entity;
  }

  @Test
  void theTitleGivesTheTotalAndEachChosenProjectWithItsCost() {
    assertThat(BallotNotices.title(List.of(lights, playground)))
        .isEqualTo(
            "11\u00a0000\u00a0000\u00a0₸: Көше шамдары (6\u00a0000\u00a0000\u00a0₸);"
                + " Балалар алаңы (5\u00a0000\u00a0000\u00a0₸)");
    assertThat(BallotNotices.tenge(0)).isEqualTo("0\u00a0₸");
  }

  @Test
  void anOnlineVoterIsToldInTheAppWithTheConfirmationLinkAndNoSmsIsSent() throws Exception {
    Member voter = new Member("resident", "Resident", NOW);
    Actor actor = new Actor("resident", "Resident", Set.of(Role.RESIDENT), null, PHONE);
    when(notices.members.ensure(actor)).thenReturn(voter);
    Ballot ballot =
        withId(
            Ballot.class,
            Ballot.online(budget, "resident", PHONE, "Ақтоғай", Set.of(11L, 12L), NOW),
            3L);

    notices.online(actor, ballot, List.of(lights, playground));

    ArgumentCaptor<Notification.Target> target = ArgumentCaptor.forClass(Notification.Target.class);
    verify(notices.notifications)
        .tell(eq(NotificationKind.BALLOT_RECORDED), target.capture(), eq(3L), eq(List.of(voter)));
    assertThat(target.getValue().link()).isEqualTo("https://kenes.example/budgets/7/ballot");
    assertThat(target.getValue().title()).contains("Көше шамдары", "Балалар алаңы");
    assertThat(target.getValue().body()).isSameAs(budget.body());
    verify(notices.outbox, never()).sms(anyString(), anyString(), any());
  }

  @Test
  void aPaperBallotIsToldByDaytimeSmsToItsPhoneWithTheBudgetsLinkOnly() throws Exception {
    when(notices.members.findByPhone(PHONE)).thenReturn(Optional.empty());
    Ballot ballot =
        withId(
            Ballot.class, Ballot.paper(budget, PHONE, "Ақтоғай", Set.of(11L), "operator", NOW), 4L);

    notices.paper(ballot, List.of(lights));

    ArgumentCaptor<String> sms = ArgumentCaptor.forClass(String.class);
    verify(notices.outbox).sms(eq(PHONE), sms.capture(), eq(Urgency.DAYTIME));
    assertThat(sms.getValue())
        .contains("https://kenes.example/budgets/7")
        .doesNotContain("Көше шамдары", "1234567", "operator", "Ақтоғай");
    // nobody holds the phone as a member: no notification in the app
    verify(notices.notifications, never()).tell(any(), any(), any(), any());
  }

  @Test
  void aPaperBallotForAMembersVerifiedPhoneIsAlsoToldToThatMember() throws Exception {
    Member owner = new Member("resident4", "Resident Four", NOW);
    when(notices.members.findByPhone(PHONE)).thenReturn(Optional.of(owner));
    Ballot ballot =
        withId(
            Ballot.class, Ballot.paper(budget, PHONE, "Ақтоғай", Set.of(12L), "operator", NOW), 5L);

    notices.paper(ballot, List.of(playground));

    verify(notices.outbox).sms(eq(PHONE), anyString(), eq(Urgency.DAYTIME));
    ArgumentCaptor<Notification.Target> target = ArgumentCaptor.forClass(Notification.Target.class);
    verify(notices.notifications)
        .tell(eq(NotificationKind.BALLOT_RECORDED), target.capture(), eq(5L), eq(List.of(owner)));
    assertThat(target.getValue().title()).isEqualTo(BallotNotices.title(List.of(playground)));
  }
}
