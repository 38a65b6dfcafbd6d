package kz.kenes.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kazakh mobile numbers: the one form Kenes stores and sends to (E.164, {@code +77XXXXXXXXX}) and
 * the one form it shows in logs ({@code +7701***4567}).
 *
 * <p>libphonenumber's metadata for region KZ decides what a mobile number is (the operators' ranges
 * 700–708, 747, 771, 775–778 and the others it lists as MOBILE); landlines (+7 7172 …), Russian
 * numbers (+7 9xx …, +7 495 …) and every other country are refused.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * What a person types: digits, one leading plus, spaces (also non-breaking), dashes, dots and
   * brackets. Letters are refused here because libphonenumber would read them as a keypad word.
   */
  private static final Pattern TYPED = Pattern.compile("\\+?[0-9\\s\\u00A0().\\-]{1,40}");

  private PhoneNumbers() {}

  /**
   * The E.164 form of a Kazakh mobile number written as {@code +7 701 123 45 67}, {@code
   * 7-701-123-45-67}, {@code 8 (701) 123-45-67} or {@code 7011234567}; empty for anything else
   * (null, blank, letters, landlines, other countries, too few or too many digits).
   */
  public static Optional<String> kazakhMobile(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String typed = text.strip();
    if (!TYPED.matcher(typed).matches()) {
      return Optional.empty();
    }
    PhoneNumber number;
    try {
      number = UTIL.parse(typed, "KZ");
    } catch (NumberParseException e) {
      return Optional.empty();
    }
    if (number.getCountryCode() != 7
        || !UTIL.isValidNumberForRegion(number, "KZ")
        || UTIL.getNumberType(number) != PhoneNumberType.MOBILE) {
      return Optional.empty();
    }
    String e164 = UTIL.format(number, PhoneNumberFormat.E164);
    return e164.matches("\\+77[0-9]{9}") ? Optional.of(e164) : Optional.empty();
  }

  /**
   * {@code +77011234567} → {@code +7701***4567}: the country code and operator prefix, then the
   * last four digits. Anything that is not an E.164 number is masked whole ({@code ***}) so that a
   * mistake never puts a number into a log.
   */
  public static String mask(String e164) {
    if (e164 == null || !e164.matches("\\+[0-9]{8,15}")) {
      return "***";
    }
    return e164.substring(0, 5) + "***" + e164.substring(e164.length() - 4);
  }
}
