package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumbersTest {

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "AKT-AKIMAT, 2026, 123, AKT-AKIMAT-2026-000123",
    "akt-akimat, 2026, 123, AKT-AKIMAT-2026-000123",
    "Akt-Akimat, 2027, 1, AKT-AKIMAT-2027-000001",
    "PAV, 2026, 999999, PAV-2026-999999",
    "R12, 2026, 100000, R12-2026-100000",
  })
  void aNumberIsTheCodeTheYearAndASixDigitSequence(
      String code, int year, long sequence, String expected) {
    assertThat(RegistrationNumbers.format(code, year, sequence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "sequence {0}")
  @ValueSource(longs = {0, -1, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE})
  void aSequenceOutsideOneToNineHundredNinetyNineThousandIsRefused(long sequence) {
    assertThatThrownBy(() -> RegistrationNumbers.format("AKT", 2026, sequence))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sequence");
  }

  @ParameterizedTest(name = "code \"{0}\"")
  @ValueSource(strings = {"", " ", "\t", "AKT AKIMAT", "AKT--AKIMAT", "-AKT", "AKT-", "АКТ", "A/B"})
  void aBlankOrMalformedCodeIsRefused(String code) {
    assertThatThrownBy(() -> RegistrationNumbers.format(code, 2026, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {0, 999, 10_000, -2026})
  void aYearWithoutFourDigitsIsRefused(int year) {
    assertThatThrownBy(() -> RegistrationNumbers.format("AKT", year, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingCodeIsAProgrammingError() {
    assertThatThrownBy(() -> RegistrationNumbers.format(null, 2026, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RegistrationNumbers.bodyCode(null))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "aktogay-district-akimat | AKTOGAY-DISTRICT-AKIMAT",
        "akimat | AKIMAT",
        "Pavlodar  region__akimat!! | PAVLODAR-REGION-AKIMAT",
        "--aktogay--akimat-- | AKTOGAY-AKIMAT",
        "school-no-7 | SCHOOL-NO-7",
        // 24 characters: the 24th is a '-' which is dropped
        "aktogay-district-akimat-office | AKTOGAY-DISTRICT-AKIMAT",
        "akimat-of-the-pavlodar-region-of-kazakhstan | AKIMAT-OF-THE-PAVLODAR-R",
        "ақтоғай-aktogay | AKTOGAY",
        "abcdefghijklmnopqrstuvwxyz0123 | ABCDEFGHIJKLMNOPQRSTUVWX",
      })
  void aBodyCodeIsTheSlugInUpperCaseWithDashesAndAtMostTwentyFourCharacters(
      String slug, String code) {
    assertThat(RegistrationNumbers.bodyCode(slug))
        .isEqualTo(code)
        .hasSizeLessThanOrEqualTo(RegistrationNumbers.BODY_CODE_MAX)
        .matches("[A-Z0-9]+(-[A-Z0-9]+)*");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "---", "   ", "ақтоғай-әкімдігі"})
  void aSlugWithoutLatinLettersOrDigitsGivesNoCode(String slug) {
    assertThatThrownBy(() -> RegistrationNumbers.bodyCode(slug))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDerivedCodeAlwaysFormatsANumber() {
    String code = RegistrationNumbers.bodyCode("aktogay-district-akimat-office");
    assertThat(RegistrationNumbers.format(code, 2026, 123))
        .isEqualTo("AKTOGAY-DISTRICT-AKIMAT-2026-000123");
  }

  @Test
  void upperCasingDoesNotDependOnTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(RegistrationNumbers.bodyCode("irtysh-district")).isEqualTo("IRTYSH-DISTRICT");
      assertThat(RegistrationNumbers.format("irt", 2026, 5)).isEqualTo("IRT-2026-000005");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
