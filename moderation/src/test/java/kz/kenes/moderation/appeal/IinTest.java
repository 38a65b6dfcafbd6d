package kz.kenes.moderation.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

  /**
   * Builds an IIN with the official check digit, computed here independently of {@link Iin}:
   * weights 1..11, mod 11; on 10, weights 3..11,1,2, mod 11; on 10 again there is no valid IIN.
   *
   * @return the 12 digits, or {@code null} when this serial has no valid check digit
   */
  static String generate(LocalDate birth, boolean female, int serial) {
    int centuryDigit =
        switch (birth.getYear() / 100) {
          case 18 -> 1;
          case 19 -> 3;
          case 20 -> 5;
          default -> throw new IllegalArgumentException("century");
        };
    if (female) {
      centuryDigit++;
    }
    String first11 =
        String.format(
            "%02d%02d%02d%d%04d",
            birth.getYear() % 100,
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            centuryDigit,
            serial);
    int[] w1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    int check = sum(first11, w1) % 11;
    if (check == 10) {
      check = sum(first11, w2) % 11;
    }
    return check == 10 ? null : first11 + check;
  }

  static String generate(LocalDate birth, boolean female) {
    for (int serial = 1; ; serial++) {
      String iin = generate(birth, female, serial);
      if (iin != null) {
        return iin;
      }
    }
  }

  private static int sum(String digits, int[] weights) {
    int s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += (digits.charAt(i) - '0') * weights[i];
    }
    return s;
  }

  /** The same digits with the check digit replaced by a wrong one. */
  static String withWrongCheckDigit(String iin) {
    int check = iin.charAt(11) - '0';
    return iin.substring(0, 11) + (check + 1) % 10;
  }

  @Test
  void aHandComputedIinIsValid() {
    // 900101 3 0001 x: 9*1+0*2+0*3+1*4+0*5+1*6+3*7+0*8+0*9+0*10+1*11 = 51; 51 mod 11 = 7
    assertThat(Iin.isValid("900101300017")).isTrue();
    assertThat(Iin.parse("900101300017").value()).isEqualTo("900101300017");
    assertThat(Iin.isValid("900101300018")).isFalse();
  }

  @Test
  void theSecondRoundOfWeightsIsUsedWhenTheFirstGivesTen() {
    Random random = new Random(42);
    int found = 0;
    for (int i = 0; i < 20_000 && found < 50; i++) {
      LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(25_000));
      int serial = random.nextInt(10_000);
      String iin = generate(birth, random.nextBoolean(), serial);
      if (iin == null) {
        continue;
      }
      if (sum(iin, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11 == 10) {
        found++;
        assertThat(Iin.isValid(iin)).as("second-round IIN").isTrue();
        assertThat(Iin.isValid(withWrongCheckDigit(iin))).isFalse();
      }
    }
    assertThat(found).as("second-round cases exercised").isEqualTo(50);
  }

  @Test
  void numbersWithoutAnyValidCheckDigitAreRejectedWhateverTheLastDigit() {
    Random random = new Random(7);
    int found = 0;
    for (int i = 0; i < 50_000 && found < 20; i++) {
      // born in the 1900s, so the century digit of a man is 3
      LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000));
      int serial = random.nextInt(10_000);
      if (generate(birth, false, serial) == null) {
        found++;
        String first11 = String.format("%s3%04d", ymd(birth), serial);
        for (int last = 0; last <= 9; last++) {
          assertThat(Iin.isValid(first11 + last)).as(first11 + last).isFalse();
        }
      }
    }
    assertThat(found).as("no-check-digit cases exercised").isEqualTo(20);
  }

  private static String ymd(LocalDate d) {
    return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
  }

  @Test
  void generatedIinsOfEveryCenturyAndSexAreValidAndAWrongCheckDigitIsNot() {
    Random random = new Random(2026);
    for (int i = 0; i < 2_000; i++) {
      LocalDate birth = LocalDate.of(1800, 1, 1).plusDays(random.nextInt(82_000));
      String iin = generate(birth, random.nextBoolean());
      assertThat(Iin.isValid(iin)).as(iin).isTrue();
      assertThat(Iin.parse(iin).value()).isEqualTo(iin);
      assertThat(Iin.isValid(withWrongCheckDigit(iin))).as("wrong check of " + iin).isFalse();
    }
  }

  @Test
  void leapDaysDependOnTheCenturyDigit() {
    assertThat(Iin.isValid(generate(LocalDate.of(2000, 2, 29), false))).isTrue();
    assertThat(Iin.isValid(generate(LocalDate.of(1996, 2, 29), true))).isTrue();
    // 29 Feb 00 is a date in 2000 but not in 1900: same first six digits, century digit 3
    String in2000 = generate(LocalDate.of(2000, 2, 29), false, 1);
    String in1900 = "000229" + "3" + in2000.substring(7, 11);
    assertThat(Iin.isValid(withAnyCheckDigit(in1900))).isFalse();
    assertThat(Iin.isValid(withAnyCheckDigit("970229" + "4" + "0001"))).isFalse();
  }

  /** The 11 digits completed with every possible last digit: none may be valid. */
  private static String withAnyCheckDigit(String first11) {
    for (int last = 0; last <= 9; last++) {
      if (Iin.isValid(first11 + last)) {
        return first11 + last;
      }
    }
    return first11 + "0";
  }

  @ParameterizedTest(name = "bad date {0}")
  @ValueSource(strings = {"901301", "900001", "900132", "900431", "900100", "990230"})
  void impossibleBirthDatesAreRejected(String yymmdd) {
    for (int last = 0; last <= 9; last++) {
      String candidate = yymmdd + "30001" + last;
      assertThat(Iin.isValid(candidate)).as(candidate).isFalse();
      assertThatThrownBy(() -> Iin.parse(candidate))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("date");
    }
  }

  @ParameterizedTest(name = "century digit {0}")
  @ValueSource(ints = {0, 7, 8, 9})
  void aCenturyDigitOutsideOneToSixIsRejected(int centuryDigit) {
    String valid = generate(LocalDate.of(1990, 1, 1), false);
    for (int last = 0; last <= 9; last++) {
      String candidate = valid.substring(0, 6) + centuryDigit + valid.substring(7, 11) + last;
      assertThat(Iin.isValid(candidate)).as(candidate).isFalse();
      assertThatThrownBy(() -> Iin.parse(candidate))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("seventh digit");
    }
  }

  @ParameterizedTest(name = "century digit {0}")
  @CsvSource({"1, 1850", "2, 1850", "3, 1950", "4, 1950", "5, 2050", "6, 2050"})
  void everyCenturyDigitFromOneToSixIsAccepted(int centuryDigit, int year) {
    String iin = generate(LocalDate.of(year, 6, 15), centuryDigit % 2 == 0);
    assertThat(iin.charAt(6)).isEqualTo((char) ('0' + centuryDigit));
    assertThat(Iin.isValid(iin)).isTrue();
  }

  @Test
  void aWrongCheckDigitIsRejectedWithoutQuotingTheNumber() {
    String valid = generate(LocalDate.of(1985, 7, 6), true);
    String wrong = withWrongCheckDigit(valid);
    assertThatThrownBy(() -> Iin.parse(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check digit")
        .hasMessageNotContaining(wrong)
        .hasMessageNotContaining(wrong.substring(0, 6))
        .hasMessageNotContaining(wrong.substring(6));
    assertThatThrownBy(() -> new Iin(wrong)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "   ",
        "90010130001",
        "9001013000170",
        "90010130001A",
        "9OO1013OOO17",
        "900101-300017",
        "+90101300017",
        "٩٠٠١٠١٣٠٠٠١٧"
      })
  void anythingButTwelveAsciiDigitsIsRejectedWithoutQuotingIt(String raw) {
    assertThat(Iin.isValid(raw)).isFalse();
    assertThatThrownBy(() -> Iin.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\d{4}"));
  }

  @ParameterizedTest
  @NullSource
  void nullIsNotAnIin(String raw) {
    assertThat(Iin.isValid(raw)).isFalse();
    assertThatThrownBy(() -> Iin.parse(raw)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spacesTypedByAPersonAreIgnored() {
    assertThat(Iin.parse(" 900101 300017 ").value()).isEqualTo("900101300017");
    assertThat(Iin.parse("9001 0130 0017").value()).isEqualTo("900101300017");
    assertThat(Iin.parse("900101\u00a0300017").value()).isEqualTo("900101300017");
    assertThat(Iin.isValid("900 101 300 017")).isTrue();
  }

  @Test
  void theCanonicalConstructorTakesOnlyTheBareDigits() {
    assertThatThrownBy(() -> new Iin("900101 300017")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Iin(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void maskingKeepsOnlyTheLastFourDigitsAndToStringNeverLeaksTheRest() {
    Iin iin = Iin.parse("900101300017");
    assertThat(iin.masked()).isEqualTo("••••••••0017");
    assertThat(iin.toString()).isEqualTo("••••••••0017").doesNotContain("900101");
    assertThat(String.valueOf(iin)).isEqualTo(iin.masked());
    assertThat("applicant " + iin).doesNotContain("9001013");
    assertThat(java.util.List.of(iin).toString()).doesNotContain("900101");
  }

  @Test
  void iinsAreEqualByValue() {
    assertThat(Iin.parse("900101 300017")).isEqualTo(new Iin("900101300017"));
    assertThat(Iin.parse("900101300017").hashCode()).isEqualTo(new Iin("900101300017").hashCode());
  }
}
