package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import kz.kenes.forum.platform.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppealSmsTest {
  static final String LONGEST_NUMBER =
      RegistrationNumbers.format("A".repeat(RegistrationNumbers.BODY_CODE_MAX), 2026, 999_999);
  static final String LINK = "https://kenes.example.kz/a/1234567";

  static Appeal registered(String number) {
    Appeal appeal = AppealChannelTest.taken(AppealChannel.ORAL, null);
    Instant at = Instant.parse("2026-12-07T05:00:00Z");
    LocalDate deadline = LocalDate.of(2026, 12, 28);
    appeal.register(2026, 1, number, at, LocalDate.of(2026, 12, 7), deadline);
    appeal.move(AppealStatus.REGISTERED, "operator", number, at);
    return appeal;
  }

  @Test
  void theRegistrationSmsCarriesTheNumberTheDeadlineAndTheLinkInKazakhByDefault() {
    String text =
        AppealSms.text(registered("AKTOGAY-2026-000001"), Language.KK, LINK).orElseThrow();
    assertThat(text).contains("AKTOGAY-2026-000001", "28.12.2026", LINK).contains("тіркелді");
  }

  @Test
  void itIsInRussianForARussianSpeaker() {
    String text =
        AppealSms.text(registered("AKTOGAY-2026-000001"), Language.RU, LINK).orElseThrow();
    assertThat(text).startsWith("Обращение AKTOGAY-2026-000001 зарегистрировано");
  }

  @Test
  void noNameIinOrTextOfTheAppealGoesIntoTheSms() {
    String text =
        AppealSms.text(registered("AKTOGAY-2026-000001"), Language.KK, LINK).orElseThrow();
    assertThat(text).doesNotContain("Су жоқ", "Ауылда");
  }

  @ParameterizedTest
  @EnumSource(AppealStatus.class)
  void everyToldStepFitsTwoUcs2SegmentsWithTheLongestNumberAndLink(AppealStatus status) {
    for (Language language : Language.values()) {
      String pattern =
          kz.kenes.forum.platform.Messages.of(language)
              .get("sms.appeal." + status.name(), LONGEST_NUMBER, "28.12.2026", LINK);
      if (AppealSms.told(status)) {
        assertThat(pattern.length()).as(language + " " + status).isLessThanOrEqualTo(134);
        assertThat(pattern).contains(LONGEST_NUMBER, LINK);
      } else {
        assertThat(pattern).as("no SMS for " + status).startsWith("??");
      }
    }
  }

  @Test
  void aDraftIsNotToldBySms() {
    Appeal draft = AppealChannelTest.taken(AppealChannel.ORAL, null);
    assertThat(AppealSms.text(draft, Language.KK, LINK)).isEmpty();
  }
}
