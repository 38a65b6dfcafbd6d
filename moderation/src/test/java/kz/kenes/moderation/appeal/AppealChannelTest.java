package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.thread.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppealChannelTest {
  static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
  static final Body BODY =
      new Body(
          "aktogay-district-akimat",
          new LocalizedText("Ақтоғай", "Актогай", "Aktogay"),
          BodyKind.EXECUTIVE,
          BodyLevel.DISTRICT,
          null,
          NOW);

  static Appeal taken(AppealChannel channel, Member applicant) {
    return Appeal.taken(
        new Appeal.Intake(channel, Category.WATER_SUPPLY, "Су жоқ", "Ауылда үш күн су жоқ.", null),
        BODY,
        applicant,
        "operator",
        NOW);
  }

  @Test
  void operatorsTakeOralPhonePaperAndSocialNetworkAppealsOnly() {
    assertThat(java.util.EnumSet.allOf(AppealChannel.class).stream().filter(AppealChannel::intake))
        .containsExactlyInAnyOrder(
            AppealChannel.ORAL,
            AppealChannel.PHONE,
            AppealChannel.PAPER,
            AppealChannel.SOCIAL_NETWORK);
  }

  @Test
  void aPostEscalatedByItsAuthorCameByTheWebAndByStaffAsAnEscalatedPost() {
    assertThat(AppealChannel.ofEscalation(true)).isEqualTo(AppealChannel.WEB);
    assertThat(AppealChannel.ofEscalation(false)).isEqualTo(AppealChannel.ESCALATED_POST);
  }

  @ParameterizedTest
  @EnumSource(
      value = AppealChannel.class,
      names = {"WEB", "ESCALATED_POST", "SESSION_QUESTION"})
  void anIntakeAppealCannotClaimToComeFromTheForum(AppealChannel channel) {
    assertThatThrownBy(() -> taken(channel, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIntakeAppealHasNoPostOrThreadAndWaitsToBeClaimed() {
    Appeal appeal = taken(AppealChannel.ORAL, null);
    assertThat(appeal.channel()).isEqualTo(AppealChannel.ORAL);
    assertThat(appeal.postId()).isNull();
    assertThat(appeal.thread()).isNull();
    assertThat(appeal.applicantUsername()).isEmpty();
    assertThat(appeal.takenBy()).contains("operator");
    assertThat(appeal.status()).isEqualTo(AppealStatus.DRAFT);
  }

  @Test
  void theFirstMemberToClaimAnAppealKeepsIt() {
    Appeal appeal = taken(AppealChannel.PHONE, null);
    assertThat(appeal.claimBy(new Member("resident", "Айгерім", NOW))).isTrue();
    assertThat(appeal.claimBy(new Member("resident2", "Ерлан", NOW))).isFalse();
    assertThat(appeal.applicantUsername()).contains("resident");
  }

  @Test
  void anAppealTakenForAKnownMemberIsTheirsAtOnce() {
    Appeal appeal = taken(AppealChannel.PAPER, new Member("resident", "Айгерім", NOW));
    assertThat(appeal.applicantUsername()).contains("resident");
    assertThat(appeal.claimBy(new Member("resident2", "Ерлан", NOW))).isFalse();
  }

  @Test
  void aRedirectedIntakeAppealKeepsItsChannel() {
    Appeal appeal = taken(AppealChannel.SOCIAL_NETWORK, null);
    Appeal successor = new Appeal(appeal, BODY, "official", NOW);
    assertThat(successor.channel()).isEqualTo(AppealChannel.SOCIAL_NETWORK);
    assertThat(successor.postId()).isNull();
  }
}
