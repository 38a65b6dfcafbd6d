package kz.kenes.keycloak.phone;

import java.util.function.Function;

/**
 * The extension's settings, environment variables like every Kenes setting: {@code
 * KENES_PHONE_CODES_PER_NUMBER} (default 3) and {@code KENES_PHONE_CODES_PER_ADDRESS} (default 10)
 * codes in any hour. The SMS transport is read by the kenes-sms library ({@code KENES_SMS_*},
 * {@code KENES_SMPP_*}).
 */
record PhoneSettings(int codesPerNumber, int codesPerAddress) {
  static final String PER_NUMBER = "KENES_PHONE_CODES_PER_NUMBER";
  static final String PER_ADDRESS = "KENES_PHONE_CODES_PER_ADDRESS";

  static PhoneSettings from(Function<String, String> lookup) {
    return new PhoneSettings(positive(lookup, PER_NUMBER, 3), positive(lookup, PER_ADDRESS, 10));
  }

  private static int positive(Function<String, String> lookup, String name, int fallback) {
    String value = lookup.apply(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a whole number of at least 1");
  }
}
