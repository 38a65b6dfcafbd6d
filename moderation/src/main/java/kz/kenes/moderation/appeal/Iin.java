package kz.kenes.moderation.appeal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An applicant's IIN, the 12-digit individual identification number a written appeal must carry
 * (APPK, article 63). It is personal data: validated on entry so a typo is caught while the
 * applicant is still at the form, and masked in {@link #toString()} so it cannot leak into logs,
 * exception messages or URLs by accident. No message thrown from here contains the digits.
 *
 * <p>Layout: {@code YYMMDD} birth date, one digit for century and sex (1/2: 1800s, 3/4: 1900s, 5/6:
 * 2000s), four serial digits, one check digit.
 */
public record Iin(String value) {
  private static final int LENGTH = 12;
  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
  private static final char MASK = '•';

  /** Rejects anything but a valid IIN of exactly 12 digits, with no spaces. */
  public Iin {
    Objects.requireNonNull(value, "value");
    String problem = problemOf(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** The IIN typed by a person: spaces (also non-breaking ones) are dropped before validation. */
  public static Iin parse(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("an IIN is required");
    }
    return new Iin(stripSpaces(raw));
  }

  /** Whether {@link #parse(String)} would accept {@code raw}; {@code false} for {@code null}. */
  public static boolean isValid(String raw) {
    return raw != null && problemOf(stripSpaces(raw)) == null;
  }

  /** All but the last four digits replaced by '•', e.g. {@code ••••••••1234}. */
  public String masked() {
    return String.valueOf(MASK).repeat(LENGTH - 4) + value.substring(LENGTH - 4);
  }

  /** The masked form, never the digits: records print themselves in logs and exceptions. */
  @Override
  public String toString() {
    return masked();
  }

  private static String stripSpaces(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Why {@code s} is not an IIN, without quoting it; {@code null} when it is one. */
  private static String problemOf(String s) {
    if (s.length() != LENGTH) {
      return "an IIN has exactly 12 digits";
    }
    int[] d = new int[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return "an IIN has only the digits 0-9";
      }
      d[i] = c - '0';
    }
    int century =
        switch (d[6]) {
          case 1, 2 -> 1800;
          case 3, 4 -> 1900;
          case 5, 6 -> 2000;
          default -> -1;
        };
    if (century < 0) {
      return "the seventh digit of an IIN (century and sex) is 1 to 6";
    }
    try {
      LocalDate.of(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
    } catch (DateTimeException e) {
      return "the first six digits of an IIN are not a date of birth";
    }
    int check = checkDigit(d);
    if (check < 0 || check != d[11]) {
      return "the check digit of the IIN does not match";
    }
    return null;
  }

  /** The official check digit of the first 11 digits, or -1 when no check digit exists. */
  static int checkDigit(int[] digits) {
    int check = weightedSum(digits, FIRST_WEIGHTS) % 11;
    if (check == 10) {
      check = weightedSum(digits, SECOND_WEIGHTS) % 11;
    }
    return check == 10 ? -1 : check;
  }

  private static int weightedSum(int[] digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digits[i] * weights[i];
    }
    return sum;
  }
}
