package kz.kenes.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "+77001234567", // Altel
        "+77011234567", // Kcell
        "+77021234567",
        "+77051234567", // Beeline
        "+77061234567",
        "+77071234567", // Tele2
        "+77081234567", // Altel
        "+77471234567", // Tele2
        "+77711234567", // Beeline
        "+77751234567", // Kcell
        "+77761234567", // Beeline
        "+77771234567", // Beeline
        "+77781234567" // Kcell
      })
  void operatorsMobileRangesAreKazakhMobiles(String number) {
    assertThat(PhoneNumbers.kazakhMobile(number)).contains(number);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "+7 701 123 45 67",
        "+7 (701) 123-45-67",
        "7 701 123 45 67",
        "77011234567",
        "8 701 123 45 67",
        "8(701)123-45-67",
        "87011234567",
        "7011234567",
        "  +7-701-123-4567  ",
        "+7\u00A0701\u00A0123\u00A045\u00A067",
        " 77011234567" // "+77011234567" in a query string whose '+' was decoded as a space
      })
  void writtenFormsNormalizeToE164(String typed) {
    assertThat(PhoneNumbers.kazakhMobile(typed)).contains("+77011234567");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "+77172123456", // Astana landline
        "+77272123456", // Almaty landline
        "87272123456",
        "+79161234567", // Russian mobile
        "+74951234567", // Moscow
        "89161234567",
        "+996555123456", // Kyrgyzstan
        "+12025550123",
        "+77091234567", // not an operator's range
        "+7701123456", // a digit short
        "+770112345678", // a digit long
        "+7 701 CALL NOW",
        "+7701123456７", // a full-width digit
        "77011234567;drop",
        "tel:+77011234567",
        "++77011234567",
        "0077011234567"
      })
  void everythingElseIsRefused(String typed) {
    assertThat(PhoneNumbers.kazakhMobile(typed)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "+77011234567, +7701***4567",
    "+77771112233, +7777***2233",
    "77011234567, ***",
    "'', ***",
    "+7701, ***"
  })
  void masksKeepOperatorPrefixAndLastFourDigits(String number, String masked) {
    assertThat(PhoneNumbers.mask(number)).isEqualTo(masked);
  }

  @org.junit.jupiter.api.Test
  void nullMasksWhole() {
    assertThat(PhoneNumbers.mask(null)).isEqualTo("***");
  }
}
