package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppealAccessTest {
  final Actor resident = new Actor("resident", "Айгерім", Set.of(Role.RESIDENT));
  final Actor stranger = new Actor("resident2", "Ерлан", Set.of(Role.RESIDENT));
  final Actor official = new Actor("official", "Серік", Set.of(Role.RESIDENT, Role.OFFICIAL));
  final Actor head = new Actor("head", "Басшы", Set.of(Role.RESIDENT, Role.OFFICIAL));
  final Actor admin = new Actor("admin", "Admin", Set.of(Role.RESIDENT, Role.ADMIN));
  final Actor operator = new Actor("operator", "Данияр", Set.of(Role.RESIDENT, Role.OPERATOR));

  AppealAccess access;
  Appeal claimed;
  Appeal unclaimed;

  @BeforeEach
  void policy() {
    access = new AppealAccess();
    access.appeals = mock(AppealRepository.class);
    access.staff = mock(StaffScopes.class);
    claimed =
        AppealChannelTest.taken(
            AppealChannel.ORAL, new Member("resident", "Айгерім", AppealChannelTest.NOW));
    unclaimed = AppealChannelTest.taken(AppealChannel.PHONE, null);
    when(access.appeals.find(1)).thenReturn(Optional.of(claimed));
    when(access.appeals.find(2)).thenReturn(Optional.of(unclaimed));
    when(access.staff.serves(any(), any(), any())).thenReturn(false);
    when(access.staff.serves(eq(official), any(), eq(StaffRole.OFFICIAL))).thenReturn(true);
    when(access.staff.serves(eq(head), any(), eq(StaffRole.HEAD))).thenReturn(true);
    when(access.staff.serves(eq(operator), any(), eq(StaffRole.OPERATOR))).thenReturn(true);
  }

  @Test
  void theApplicantTheBodysOfficialsAndAdminsReadAnAppeal() {
    assertThat(access.requireReader(resident, 1)).isSameAs(claimed);
    assertThat(access.requireReader(official, 1)).isSameAs(claimed);
    assertThat(access.requireReader(head, 1)).isSameAs(claimed);
    assertThat(access.requireReader(admin, 1)).isSameAs(claimed);
  }

  @Test
  void anotherResidentAndTheOperatorWhoTookItDoNot() {
    assertThatThrownBy(() -> access.requireReader(stranger, 1))
        .isInstanceOf(DomainException.Forbidden.class);
    assertThatThrownBy(() -> access.requireReader(operator, 1))
        .isInstanceOf(DomainException.Forbidden.class);
  }

  @Test
  void nobodyIsTheApplicantOfAnUnclaimedAppeal() {
    for (Actor actor : new Actor[] {resident, stranger, operator}) {
      assertThat(access.applicant(actor, unclaimed)).isFalse();
      assertThatThrownBy(() -> access.requireApplicant(actor, 2))
          .isInstanceOf(DomainException.Forbidden.class);
    }
    assertThat(access.requireReader(official, 2)).isSameAs(unclaimed);
  }

  @Test
  void adminsReadButNeitherReadPersonalDataNorAct() {
    assertThatThrownBy(() -> access.requirePersonalDataReader(admin, 1))
        .isInstanceOf(DomainException.Forbidden.class);
    assertThatThrownBy(() -> access.requireOfficial(admin, 1))
        .isInstanceOf(DomainException.Forbidden.class);
    assertThat(access.requirePersonalDataReader(resident, 1)).isSameAs(claimed);
    assertThat(access.requirePersonalDataReader(official, 1)).isSameAs(claimed);
  }

  @Test
  void theHeadIsAnOfficialButAnOfficialIsNotTheHead() {
    assertThat(access.official(head, claimed)).isTrue();
    assertThat(access.head(head, claimed)).isTrue();
    assertThat(access.head(official, claimed)).isFalse();
  }

  @Test
  void anUnknownAppealIsNotFound() {
    when(access.appeals.find(3)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> access.requireReader(admin, 3))
        .isInstanceOf(DomainException.NotFound.class);
  }
}
