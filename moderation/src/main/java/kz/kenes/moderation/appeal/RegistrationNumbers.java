package kz.kenes.moderation.appeal;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The registration number printed on an applicant's receipt (APPK, article 64), e.g. {@code
 * AKT-AKIMAT-2026-000123}: body code, year, and a sequence that is gap-free per body per year (the
 * sequence itself is allocated by the repository; this class only spells it). Numbers are plain
 * Latin letters, digits and '-' so they read the same on paper, on the phone and in a URL.
 */
public final class RegistrationNumbers {
  /** The longest body code {@link #bodyCode(String)} derives. */
  public static final int BODY_CODE_MAX = 24;

  /** The largest sequence number of a body in one year. */
  public static final long SEQUENCE_MAX = 999_999;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");
  private static final Pattern NOT_CODE_CHARS = Pattern.compile("[^A-Z0-9]+");

  private RegistrationNumbers() {}

  /**
   * Spells a registration number.
   *
   * @param bodyCode the body's code; upper-cased; after that it must be Latin letters and digits in
   *     runs joined by single '-'
   * @param year the four-digit year of registration
   * @param sequence 1 to 999999, zero-padded to six digits
   * @throws IllegalArgumentException for a blank or malformed code, a year outside 1000-9999 or a
   *     sequence out of range
   */
  public static String format(String bodyCode, int year, long sequence) {
    Objects.requireNonNull(bodyCode, "bodyCode");
    if (bodyCode.isBlank()) {
      throw new IllegalArgumentException("a body code must not be blank");
    }
    String code = bodyCode.toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a body code is Latin letters and digits joined by '-': " + bodyCode);
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("a year has four digits: " + year);
    }
    if (sequence < 1 || sequence > SEQUENCE_MAX) {
      throw new IllegalArgumentException("a sequence is 1 to " + SEQUENCE_MAX + ": " + sequence);
    }
    return String.format(Locale.ROOT, "%s-%04d-%06d", code, year, sequence);
  }

  /**
   * Derives a body code from a body's slug, e.g. {@code aktogay-district-akimat} → {@code
   * AKTOGAY-DISTRICT-AKIMAT}: upper case, every run of characters other than A-Z and 0-9 becomes
   * one '-', no leading or trailing '-', at most {@value #BODY_CODE_MAX} characters.
   *
   * @throws IllegalArgumentException when nothing of A-Z or 0-9 is left (e.g. a Cyrillic slug)
   */
  public static String bodyCode(String bodySlug) {
    Objects.requireNonNull(bodySlug, "bodySlug");
    String code = NOT_CODE_CHARS.matcher(bodySlug.toUpperCase(Locale.ROOT)).replaceAll("-");
    code = stripDashes(code);
    if (code.length() > BODY_CODE_MAX) {
      code = stripDashes(code.substring(0, BODY_CODE_MAX));
    }
    if (code.isEmpty()) {
      throw new IllegalArgumentException("no Latin letter or digit to make a code of: " + bodySlug);
    }
    return code;
  }

  private static String stripDashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
