package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntakeServiceTest {
  final Actor operator = new Actor("operator", "Данияр", Set.of(Role.RESIDENT, Role.OPERATOR));
  IntakeService intake;

  static IntakeRequest request(String body, String channel, String phone, String iin) {
    return new IntakeRequest(
        body,
        channel,
        phone,
        "Бақыт Ахметов",
        iin,
        "Ақтоғай ауылы, Абай көшесі 5",
        "Ауыз су жоқ",
        "Ауылда үш күн бойы ауыз су жоқ.",
        "WATER_SUPPLY",
        null);
  }

  @BeforeEach
  void service() {
    intake = new IntakeService();
    intake.appeals = mock(AppealRepository.class);
    intake.numbering = mock(AppealNumbering.class);
    intake.claims = mock(AppealClaims.class);
    intake.time = mock(AppealTime.class);
    intake.staff = mock(StaffScopes.class);
    intake.bodies = mock(BodyRepository.class);
    intake.members = mock(MemberRepository.class);
    intake.audit = mock(AuditLog.class);
    when(intake.bodies.findBySlug("aktogay-district-akimat"))
        .thenReturn(Optional.of(AppealChannelTest.BODY));
    when(intake.bodies.findBySlug("pavlodar-region-maslikhat"))
        .thenReturn(Optional.of(AppealChannelTest.BODY));
    when(intake.staff.serves(eq(operator), any(), eq(StaffRole.OPERATOR))).thenReturn(true);
  }

  private static java.util.List<String> fields(Runnable call) {
    try {
      call.run();
    } catch (DomainException.InvalidInput invalid) {
      return invalid.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("no 400");
  }

  @Test
  void residentsOfficialsAndModeratorsAreRefusedBeforeTheirInputIsRead() {
    for (Role role : new Role[] {Role.RESIDENT, Role.OFFICIAL, Role.MODERATOR}) {
      Actor actor = new Actor("someone", "Someone", Set.of(role));
      assertThatThrownBy(() -> intake.register(actor, IntakeRequest.EMPTY))
          .isInstanceOf(DomainException.Forbidden.class);
    }
    verifyNoInteractions(intake.appeals, intake.numbering, intake.audit);
  }

  @Test
  void anOperatorOfAnotherBodyIsRefused() {
    Actor elsewhere = new Actor("operator2", "Other", Set.of(Role.OPERATOR));
    assertThatThrownBy(
            () ->
                intake.register(
                    elsewhere,
                    request("pavlodar-region-maslikhat", "ORAL", "+77011234567", "900101300126")))
        .isInstanceOf(DomainException.Forbidden.class);
    verifyNoInteractions(intake.appeals, intake.numbering, intake.audit);
  }

  @Test
  void aPhoneOutsideKazakhMobileRangesAndABadIinAreNamed() {
    assertThat(
            fields(
                () ->
                    intake.register(
                        operator,
                        request(
                            "aktogay-district-akimat", "ORAL", "+74951234567", "900101300127"))))
        .containsExactlyInAnyOrder("phone", "iin");
    assertThat(
            fields(
                () ->
                    intake.register(
                        operator, request("aktogay-district-akimat", "PAPER", "", "900101300126"))))
        .containsExactly("phone");
  }

  @Test
  void onlyIntakeChannelsAreAccepted() {
    for (String channel : new String[] {"WEB", "ESCALATED_POST", "FAX", ""}) {
      assertThat(
              fields(
                  () ->
                      intake.register(
                          operator,
                          request(
                              "aktogay-district-akimat", channel, "87011234567", "900101300126"))))
          .as(channel)
          .containsExactly("channel");
    }
  }

  @Test
  void aSourceLinkMustBeAWebAddress() {
    IntakeRequest r =
        request("aktogay-district-akimat", "SOCIAL_NETWORK", "+77011234567", "900101300126");
    IntakeRequest javascript =
        new IntakeRequest(
            r.body(),
            r.channel(),
            r.phone(),
            r.fullName(),
            r.iin(),
            r.address(),
            r.subject(),
            r.text(),
            r.category(),
            "javascript:alert(1)");
    assertThat(fields(() -> intake.register(operator, javascript))).containsExactly("sourceUrl");
  }

  @Test
  void anUnknownBodyIsNamed() {
    assertThat(
            fields(
                () ->
                    intake.register(
                        operator, request("no-such-body", "ORAL", "+77011234567", "900101300126"))))
        .containsExactly("body");
  }

  @Test
  void todaysIntakeIsForOperatorsOnly() {
    assertThatThrownBy(() -> intake.today(new Actor("r", "R", Set.of(Role.RESIDENT))))
        .isInstanceOf(DomainException.Forbidden.class);
  }
}
